import type { SpendRecord } from './market-data.js';

/**
 * One line of the children looked after block summed over an area for one financial year, with the
 * private share of gross expenditure.
 *
 * @example
 * const row: SpendLine = { line: 'residential', private: 6_000_000, voluntary: 400_000, total: 10_000_000, privateShare: 0.6 };
 */
export interface SpendLine {
  line: SpendRecord['line'];
  private: number;
  voluntary: number;
  total: number;
  /** Private provision as a share of gross total expenditure; absent when the total is zero. */
  privateShare?: number;
}

/**
 * An area's section 251 spend in one financial year (`2008-09` … `2013-14`).
 *
 * @example
 * const year: SpendYear = { year: '2013-14', authorities: 1, lines: [] };
 */
export interface SpendYear {
  year: string;
  /** Authorities that returned a figure in the area that year. */
  authorities: number;
  lines: SpendLine[];
}

/**
 * Sums section 251 records (already chosen for one area) by year and line and gives the private share of
 * each line's gross expenditure: the long view of how much of the spend goes to private provision.
 *
 * @example
 * summariseSpend([{ year: '2013-14', authority: 'E1', region: 'R', line: 'residential', private: 3, voluntary: 1, total: 4 }])[0]
 *   ?.lines[0]?.privateShare; // 0.75
 */
export function summariseSpend(records: readonly SpendRecord[]): SpendYear[] {
  const years = new Map<string, { authorities: Set<string>; lines: Map<SpendRecord['line'], SpendLine> }>();
  for (const r of records) {
    const year = years.get(r.year) ?? { authorities: new Set<string>(), lines: new Map() };
    years.set(r.year, year);
    year.authorities.add(r.authority);
    const line = year.lines.get(r.line) ?? { line: r.line, private: 0, voluntary: 0, total: 0 };
    line.private += r.private ?? 0;
    line.voluntary += r.voluntary ?? 0;
    line.total += r.total ?? 0;
    year.lines.set(r.line, line);
  }
  const order: SpendRecord['line'][] = ['residential', 'fostering', 'total'];
  return [...years.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([year, { authorities, lines }]) => ({
      year,
      authorities: authorities.size,
      lines: order.flatMap((key) => {
        const line = lines.get(key);
        if (!line) return [];
        return [line.total > 0 ? { ...line, privateShare: line.private / line.total } : line];
      }),
    }));
}

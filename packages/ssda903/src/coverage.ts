import type { ReadReturnResult } from './read-return.js';
import type { Ssda903Table } from './table.js';

/** How many data rows one table had, and how many of them were accepted into records. */
export interface TableCoverage {
  /** Data rows read (the header row not counted). */
  read: number;
  /** Rows accepted. */
  used: number;
}

/**
 * How much of a return a figure rests on: rows read and used per table, summed over the tables that count
 * children, and whether that is enough to trust a figure built on it.
 *
 * @example
 * const coverage: Coverage = { tables: { Episodes: { read: 100, used: 99 } }, read: 100, used: 99, status: 'complete' };
 */
export interface Coverage {
  /** Each table that was present. */
  tables: Partial<Record<Ssda903Table, TableCoverage>>;
  /** Rows read, summed over the tables that count children. */
  read: number;
  /** Rows used, summed over the same tables. */
  used: number;
  /** `incomplete` when `used / read` is below {@link COVERAGE_THRESHOLD} or nothing was read. */
  status: 'complete' | 'incomplete';
  /** One line saying why, when incomplete (no values from the data). */
  reason?: string;
}

/**
 * The share of rows read that must be used for a figure to count as complete.
 *
 * @example
 * if (used / read < COVERAGE_THRESHOLD) markIncomplete();
 */
export const COVERAGE_THRESHOLD = 0.95;

/** The tables whose rows count children: the Header (one row a child) and the Episodes. */
const COUNTING_TABLES: readonly Ssda903Table[] = ['Header', 'Episodes'];

/** Options for {@link coverageOf}. */
export interface CoverageOfOptions {
  /** The tables summed into `read` and `used`. Default: `Header` and `Episodes`. */
  tables?: readonly Ssda903Table[];
  /** Default: {@link COVERAGE_THRESHOLD}. */
  threshold?: number;
}

/**
 * The coverage of a read return: rows read and accepted per table, and `incomplete` (with a one-line
 * reason) when less than 95% of the rows of the tables that count children were used, or none were read.
 *
 * @example
 * const result = readReturn(files);
 * const coverage = coverageOf(result);
 * if (coverage.status === 'incomplete') console.error(coverage.reason);
 */
export function coverageOf(
  result: Pick<ReadReturnResult, 'tables'>,
  options: CoverageOfOptions = {},
): Coverage {
  const counting = options.tables ?? COUNTING_TABLES;
  const threshold = options.threshold ?? COVERAGE_THRESHOLD;
  const tables: Partial<Record<Ssda903Table, TableCoverage>> = {};
  for (const summary of result.tables) {
    const seen = tables[summary.table] ?? { read: 0, used: 0 };
    seen.read += summary.rows;
    seen.used += summary.accepted;
    tables[summary.table] = seen;
  }
  let read = 0;
  let used = 0;
  for (const table of counting) {
    read += tables[table]?.read ?? 0;
    used += tables[table]?.used ?? 0;
  }
  const reason = reasonFor(read, used, threshold, counting);
  return reason === undefined
    ? { tables, read, used, status: 'complete' }
    : { tables, read, used, status: 'incomplete', reason };
}

function reasonFor(
  read: number,
  used: number,
  threshold: number,
  counting: readonly Ssda903Table[],
): string | undefined {
  if (read === 0) return `No ${counting.join(' or ')} rows were read, so there is nothing to count.`;
  if (used / read >= threshold) return undefined;
  const share = Math.floor((used / read) * 1000) / 10;
  return `Only ${used} of ${read} ${counting.join(' and ')} rows (${share}%) were usable; at least ${threshold * 100}% are needed.`;
}

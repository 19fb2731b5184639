import { benchmarkFees, compareWithReferences, formatPounds, poundsToPence } from '@placewise/costs';
import type { Fee } from '@placewise/model';

/** A row of a finance spreadsheet: pounds as typed, per week or per day. */
export interface FeeRow {
  id: string;
  category: Fee['category'];
  pounds: string;
  per: 'week' | 'day';
  from: string;
}

/**
 * Benchmarks placement fees: convert pounds to whole pence, group by category (median, quartiles, Tukey
 * outliers, high-cost flags) and set each category beside published reference figures.
 */
export function benchmarkCosts(rows: readonly FeeRow[]) {
  const fees: Fee[] = [];
  for (const row of rows) {
    const amount = poundsToPence(row.pounds);
    if (amount.value === undefined) continue; // amount.issues says why; report it to whoever keyed it
    fees.push({
      id: row.id,
      amount: amount.value,
      unit: row.per,
      from: row.from,
      ...(row.category ? { category: row.category } : {}),
    });
  }
  const benchmark = benchmarkFees(fees, { by: ['category'] });
  const { value: references } = compareWithReferences(fees);
  return {
    lines: benchmark.groups.map(
      (g) =>
        `${g.label}: median ${formatPounds(g.median)} a week, ${g.outliers.length} outliers, ${g.highCostCount} high-cost`,
    ),
    benchmark,
    references: references.filter((r) => r.count > 0 && r.ratio !== undefined),
  };
}

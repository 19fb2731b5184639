import { toWeeklyAmount } from '@placewise/costs';
import type { Fee, PlacementCategory, Vacancy } from '@placewise/model';

/**
 * Composes costs into matching: a function giving a vacancy's weekly cost as a percentile (0..1) of the
 * authority's weekly fees in the same placement category, for `matchReferral`'s `costBenchmark` option.
 * (Matching and costs do not import each other; the composition lives here.)
 */
export function costPercentiles(fees: readonly Fee[]): (vacancy: Vacancy) => number | undefined {
  const byCategory = new Map<PlacementCategory, number[]>();
  for (const fee of fees) {
    if (!fee.category) continue;
    const list = byCategory.get(fee.category) ?? [];
    list.push(toWeeklyAmount(fee.amount, fee.unit));
    byCategory.set(fee.category, list);
  }
  for (const list of byCategory.values()) list.sort((a, b) => a - b);
  return (vacancy) => {
    const weekly = vacancy.weeklyCost;
    const sorted = byCategory.get(vacancy.setting.category);
    if (weekly === undefined || !sorted || sorted.length < 5) return undefined;
    let below = 0;
    while (below < sorted.length && (sorted[below] as number) <= weekly) below += 1;
    return below / sorted.length;
  };
}

import type { Fee, FeeUnit, Issue, Pence } from '@placewise/model';

/**
 * A fee an authority pays a provider: the model's `Fee` with who bought and from whom.
 *
 * @example
 * const bought: PurchasedFee = {
 *   authority: 'E08000035', provider: 'Example Care Ltd',
 *   fee: { id: 'F1', amount: 520000, unit: 'week', from: '2024-04-01', category: 'childrens-home', ageBand: '11-15', staffingRatio: '1:1' },
 * };
 */
export interface PurchasedFee {
  authority: string;
  provider: string;
  fee: Fee;
}

/**
 * One authority's price for a provider's like placements, and what it would have paid at the median.
 *
 * @example
 * const row: AuthorityPrice = { authority: 'E1', fees: 2, weekly: 520000, atMedian: 480000, difference: 40000 };
 */
export interface AuthorityPrice {
  authority: string;
  /** Fees behind the price. */
  fees: number;
  /** The authority's median weekly price, pence. */
  weekly: Pence;
  /** The median across the authorities buying the same thing from the same provider, pence a week. */
  atMedian: Pence;
  /** `weekly - atMedian`: above zero, the authority pays more than the median buyer. */
  difference: Pence;
}

/**
 * One provider's weekly prices for like placements (category × age band × staffing ratio) across the
 * authorities that buy them.
 *
 * @example
 * const group: PriceComparison = {
 *   region: '', provider: 'P', category: 'childrens-home', ageBand: '11-15', staffingRatio: '1:1',
 *   authorities: [], lowest: 0, highest: 0, median: 0, spread: 0,
 * };
 */
export interface PriceComparison {
  /** The region the comparison is within (empty when no `regionOf` was given). */
  region: string;
  provider: string;
  category: string;
  ageBand: string;
  staffingRatio: string;
  authorities: AuthorityPrice[];
  lowest: Pence;
  highest: Pence;
  median: Pence;
  /** Highest over lowest, minus one: 0.25 means the dearest buyer pays 25% more than the cheapest. */
  spread: number;
}

/**
 * Options for {@link comparePrices}.
 *
 * @example
 * import { toWeeklyAmount } from '@placewise/costs';
 * const options: ComparePricesOptions = { toWeekly: toWeeklyAmount };
 */
export interface ComparePricesOptions {
  /**
   * Turns an amount per unit into pence a week (pass `toWeeklyAmount` from `@placewise/costs`). Default:
   * none, and fees quoted per anything but a week are left out with an issue.
   */
  toWeekly?: (amount: Pence, unit: FeeUnit) => Pence;
  /**
   * The region an authority belongs to: prices are compared, and medians taken, within a region. Default:
   * every authority in one region (pass the fees of one region, or a lookup such as
   * `(code) => findMarketAuthority(code)?.region ?? ''`).
   */
  regionOf?: (authority: string) => string;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return Math.round(
    sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2,
  );
};

/**
 * Compares what authorities pay the same provider for like placements: for each provider × category ×
 * age band × staffing ratio bought by two or more authorities, each authority's median weekly price, the
 * spread across authorities, and what each would have paid at the median of them all (within a region, when `regionOf` is given) — the purchasing
 * power the CMA's market study found councils do not use. Fees without a category, age band or staffing
 * ratio, or quoted per a unit with no normaliser, are left out with a located issue; fees in = compared +
 * left out + bought by one authority only.
 *
 * @example
 * const fee = (id: string, amount: number) => ({ id, amount, unit: 'week' as const, from: '2024-04-01',
 *   category: 'childrens-home' as const, ageBand: '11-15', staffingRatio: '1:1' });
 * comparePrices([
 *   { authority: 'E1', provider: 'P', fee: fee('a', 500000) },
 *   { authority: 'E2', provider: 'P', fee: fee('b', 600000) },
 * ]).value[0]?.spread; // 0.2
 */
export function comparePrices(
  fees: readonly PurchasedFee[],
  options: ComparePricesOptions = {},
): { value: PriceComparison[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const groups = new Map<string, Map<string, number[]>>();
  fees.forEach(({ authority, provider, fee }, i) => {
    const { category, ageBand, staffingRatio } = fee;
    if (!category || !ageBand || !staffingRatio) {
      issues.push({
        code: 'price.not-classified',
        severity: 'warning',
        message:
          'The fee has no category, age band or staffing ratio, so it has no like placements to compare with.',
        location: { path: [i, 'fee'] },
      });
      return;
    }
    let weekly: number | undefined = fee.unit === 'week' ? fee.amount : undefined;
    if (fee.unit !== 'week' && options.toWeekly) weekly = options.toWeekly(fee.amount, fee.unit);
    if (weekly === undefined) {
      issues.push({
        code: 'price.unit-not-weekly',
        severity: 'warning',
        message: `The fee is per ${fee.unit}; pass a toWeekly normaliser to compare it.`,
        location: { path: [i, 'fee', 'unit'] },
      });
      return;
    }
    const key = JSON.stringify([
      options.regionOf?.(authority) ?? '',
      provider,
      category,
      ageBand,
      staffingRatio,
    ]);
    const byAuthority = groups.get(key) ?? new Map<string, number[]>();
    groups.set(key, byAuthority);
    byAuthority.set(authority, [...(byAuthority.get(authority) ?? []), weekly]);
  });
  const value: PriceComparison[] = [];
  for (const [key, byAuthority] of groups) {
    if (byAuthority.size < 2) continue;
    const [region, provider, category, ageBand, staffingRatio] = JSON.parse(key) as string[];
    const prices = [...byAuthority.entries()].map(([authority, weeks]) => ({
      authority,
      fees: weeks.length,
      weekly: median(weeks),
    }));
    const mid = median(prices.map((p) => p.weekly));
    const lowest = Math.min(...prices.map((p) => p.weekly));
    const highest = Math.max(...prices.map((p) => p.weekly));
    value.push({
      region: region ?? '',
      provider: provider ?? '',
      category: category ?? '',
      ageBand: ageBand ?? '',
      staffingRatio: staffingRatio ?? '',
      authorities: prices
        .map((p) => ({ ...p, atMedian: mid, difference: p.weekly - mid }))
        .sort((a, b) => b.difference - a.difference || a.authority.localeCompare(b.authority)),
      lowest,
      highest,
      median: mid,
      spread: lowest > 0 ? highest / lowest - 1 : 0,
    });
  }
  value.sort((a, b) => b.spread - a.spread || a.provider.localeCompare(b.provider));
  return { value, issues };
}

import type { GssCode, Placement } from '@placewise/model';

/** The weekly cost of one authority's children placed at 31 March, where a cost is known. */
export interface AuthorityWeeklyCost {
  gss: GssCode;
  /** Summed weekly cost of the placements that could be costed. */
  weeklyCost: number;
  costed: number;
  notCosted: number;
  /** The part of `weeklyCost` spent on placements outside the region. */
  outsideRegion: number;
}

/**
 * Sums each authority's weekly cost of its children placed on the day, from a cost per placement (the CLI
 * composes one from fee records and `@placewise/costs` benchmarks); placements with no cost are counted
 * in `notCosted`, never guessed.
 *
 * @example
 * const costs = weeklyCostsOf(placed, { region: ['E08000035'], weeklyCostOf: (p) => medians[p.category] });
 */
export function weeklyCostsOf(
  placed: readonly { gss: GssCode; placements: readonly Placement[] }[],
  options: {
    region: readonly GssCode[];
    weeklyCostOf: (placement: Placement, authority: GssCode) => number | undefined;
  },
): AuthorityWeeklyCost[] {
  const region = new Set<string>(options.region);
  return placed.map(({ gss, placements }) => {
    const row: AuthorityWeeklyCost = { gss, weeklyCost: 0, costed: 0, notCosted: 0, outsideRegion: 0 };
    for (const p of placements) {
      const cost = options.weeklyCostOf(p, gss);
      if (cost === undefined) {
        row.notCosted += 1;
        continue;
      }
      row.costed += 1;
      row.weeklyCost += cost;
      if (p.placementAuthority !== undefined && !region.has(p.placementAuthority)) row.outsideRegion += cost;
    }
    row.weeklyCost = Math.round(row.weeklyCost * 100) / 100;
    row.outsideRegion = Math.round(row.outsideRegion * 100) / 100;
    return row;
  });
}

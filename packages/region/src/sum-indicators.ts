import type { CollectionYear } from '@placewise/model';
import type { Coverage } from '@placewise/ssda903';
import type { ChildCount, Proportion, SufficiencyIndicators } from '@placewise/sufficiency';

/** Adds numbers key by key, through nested objects (every leaf of the same shape is a count). */
function addInto(into: Record<string, unknown>, from: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(from)) {
    if (typeof value === 'number') into[key] = ((into[key] as number | undefined) ?? 0) + value;
    else if (value && typeof value === 'object') {
      into[key] ??= {};
      addInto(into[key] as Record<string, unknown>, value as Record<string, unknown>);
    }
  }
}

const proportionOf = (parts: readonly Proportion[]): Proportion => {
  const count = parts.reduce((s, p) => s + p.count, 0);
  const of = parts.reduce((s, p) => s + p.of, 0);
  return { count, of, percentage: of === 0 ? null : Math.round((count / of) * 100) };
};

function childCountOf(parts: readonly ChildCount[], population: number | undefined): ChildCount {
  const sum = {} as Record<string, unknown>;
  for (const p of parts) {
    const { ratePer10000: _rate, ...counts } = p;
    addInto(sum, counts);
  }
  const count = sum as unknown as ChildCount;
  if (population !== undefined && population > 0)
    count.ratePer10000 = Math.round((count.total / population) * 10_000);
  return count;
}

/** Options for {@link sumIndicators}. */
export interface SumIndicatorsOptions {
  collectionYear: CollectionYear;
  /** The region's children under 18, for rates per 10,000. */
  childPopulation?: number;
  coverage: Coverage;
}

/**
 * The region's indicators as the sum of its authorities': every count added, every proportion recomputed
 * from the summed numerators and denominators (never an average of percentages), localities as each
 * authority reports them (inside or outside its own area). `uasc.recorded` is false when any authority's
 * is (its return had no UASC table), so a regional UASC count that leaves some children's status unknown is
 * not shown as whole.
 *
 * @example
 * const region = sumIndicators(columns.map((c) => c.indicators), { collectionYear: '2024-25', coverage });
 */
export function sumIndicators(
  parts: readonly SufficiencyIndicators[],
  options: SumIndicatorsOptions,
): SufficiencyIndicators {
  const first = parts[0];
  const mix = {} as Record<string, unknown>;
  const distance = {} as Record<string, unknown>;
  const under16 = {} as Record<string, unknown>;
  const uasc = {} as Record<string, unknown>;
  for (const p of parts) {
    addInto(mix, p.placementMixAt31March);
    const { approximate: _a, ...bands } = p.distanceLocality;
    addInto(distance, bands);
    addInto(under16, p.under16OtherArrangements);
    addInto(uasc, p.uasc);
  }
  const byPlaceCode = (mix.byPlaceCode ?? {}) as Record<string, number>;
  mix.byPlaceCode = Object.fromEntries(
    Object.entries(byPlaceCode).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  const under = (under16.byPlaceCode ?? {}) as Record<string, number>;
  under16.byPlaceCode = Object.fromEntries(
    Object.entries(under).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  under16.total ??= 0;
  return {
    collectionYear: options.collectionYear,
    period: first?.period ?? { start: '', end: '' },
    claAt31March: childCountOf(
      parts.map((p) => p.claAt31March),
      options.childPopulation,
    ),
    startedDuringYear: childCountOf(
      parts.map((p) => p.startedDuringYear),
      options.childPopulation,
    ),
    ceasedDuringYear: childCountOf(
      parts.map((p) => p.ceasedDuringYear),
      options.childPopulation,
    ),
    placementMixAt31March: mix as unknown as SufficiencyIndicators['placementMixAt31March'],
    threeOrMorePlacements: proportionOf(parts.map((p) => p.threeOrMorePlacements)),
    threeOrMorePlacementsInTwoYears: proportionOf(parts.map((p) => p.threeOrMorePlacementsInTwoYears)),
    longTermStability: proportionOf(parts.map((p) => p.longTermStability)),
    distanceLocality: {
      ...(distance as Omit<SufficiencyIndicators['distanceLocality'], 'approximate'>),
      approximate: parts.some((p) => p.distanceLocality.approximate),
    },
    under16OtherArrangements: under16 as unknown as SufficiencyIndicators['under16OtherArrangements'],
    // The region's UASC count is whole only when every authority's return had a UASC table.
    uasc: {
      ...(uasc as unknown as Omit<SufficiencyIndicators['uasc'], 'recorded'>),
      at31March: (uasc.at31March as number | undefined) ?? 0,
      startedDuringYear: (uasc.startedDuringYear as number | undefined) ?? 0,
      recorded: parts.every((p) => p.uasc.recorded !== false),
    },
    coverage: options.coverage,
    status: options.coverage.status,
  };
}

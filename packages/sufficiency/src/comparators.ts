import type { CollectionYear, GssCode } from '@placewise/model';
import type { DistanceLocality } from './indicators/distance-locality.js';
import type { Proportion } from './indicators/sufficiency-indicators.js';
import { DFE_DISTANCE_LOCALITY } from './internal/data/dfe-distance-locality.js';
import { DFE_STABILITY } from './internal/data/dfe-stability.js';

/** DfE's published stability figures for one area and year. */
export interface StabilityComparator {
  area: string;
  threeOrMorePlacements: Proportion | null;
  longTermStability: Proportion | null;
}

/** Published DfE figures to set beside an authority's own (England only). */
export interface Comparators {
  /** The year ending 31 March the figures are for (DfE's time period), e.g. 2024 for 2023-24. */
  year: number;
  source: string;
  /** England, children looked after at 31 March, by distance and locality; by DfE placement group too. */
  englandDistanceLocality: DistanceLocality | null;
  englandDistanceLocalityByGroup: Record<string, DistanceLocality>;
  stability: { authority?: StabilityComparator; region?: StabilityComparator; england?: StabilityComparator };
}

/** Options for {@link findComparators}. */
export interface FindComparatorsOptions {
  /** The collection year being reported; the latest published year not after it is used. */
  collectionYear?: CollectionYear;
}

const SOURCE =
  'Department for Education, Children looked after in England including adoptions (2020 to 2024). Contains public sector information licensed under the Open Government Licence v3.0.';

function toBands(row: readonly (number | null)[] | undefined): DistanceLocality | null {
  if (!row || row.some((v) => v === null)) return null;
  const [a, b, c, d, e, total] = row as number[];
  return {
    inside20OrLess: a ?? 0,
    insideOver20: b ?? 0,
    outside20OrLess: c ?? 0,
    outsideOver20: d ?? 0,
    notKnown: e ?? 0,
    total: total ?? 0,
  };
}

function ratio(count: number | null | undefined, of: number | null | undefined): Proportion | null {
  if (count == null || of == null) return null;
  return { count, of, percentage: of === 0 ? null : Math.round((count / of) * 100) };
}

function stabilityOf(
  area: string,
  row: readonly (number | null)[] | undefined,
): StabilityComparator | undefined {
  if (!row) return undefined;
  return { area, threeOrMorePlacements: ratio(row[1], row[0]), longTermStability: ratio(row[3], row[2]) };
}

/**
 * DfE's published national figures (distance and locality at 31 March) and stability figures for the
 * authority, its region and England, embedded from the DfE open data so a report can show them beside the
 * authority's own. Returns `undefined` for years before 2020. Attribution: see the package NOTICE.
 *
 * @example
 * const c = findComparators('E08000035', { collectionYear: '2023-24' });
 * c?.stability.authority?.longTermStability?.percentage; // 71
 */
export function findComparators(
  authority: GssCode,
  options: FindComparatorsOptions = {},
): Comparators | undefined {
  const years = Object.keys(DFE_DISTANCE_LOCALITY).map(Number).sort();
  const wanted = options.collectionYear
    ? Number(options.collectionYear.slice(0, 4)) + 1
    : Number.POSITIVE_INFINITY;
  const year = years.filter((y) => y <= wanted).pop();
  if (year === undefined) return undefined;
  const groups = DFE_DISTANCE_LOCALITY[String(year)] ?? {};
  const byGroup: Record<string, DistanceLocality> = {};
  for (const [group, row] of Object.entries(groups)) {
    const bands = toBands(row);
    if (bands && group !== 'All children') byGroup[group] = bands;
  }
  const la = DFE_STABILITY.authorities[authority];
  const authorityStability = la ? stabilityOf(la.name, la.years[String(year)]) : undefined;
  const regionStability = la
    ? stabilityOf(la.region, DFE_STABILITY.regions[la.region]?.[String(year)])
    : undefined;
  const englandStability = stabilityOf('England', DFE_STABILITY.england[String(year)]);
  return {
    year,
    source: SOURCE,
    englandDistanceLocality: toBands(groups['All children']),
    englandDistanceLocalityByGroup: byGroup,
    stability: {
      ...(authorityStability ? { authority: authorityStability } : {}),
      ...(regionStability ? { region: regionStability } : {}),
      ...(englandStability ? { england: englandStability } : {}),
    },
  };
}

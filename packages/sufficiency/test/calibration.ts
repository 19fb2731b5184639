import type { Child, Episode, Placement, Setting } from '@placewise/model';
import type { SyntheticAuthority } from '@placewise/synthetic';
import type { SufficiencyDataset } from '../src/dataset.js';
import { computeIndicators } from '../src/indicators/compute-indicators.js';

/** One calibrated figure: Placewise's share beside DfE's published one (percent). */
export interface CalibrationRow {
  figure: string;
  synthetic: number;
  dfe: number;
  /** The synthetic figure's denominator (children). */
  of: number;
  source: string;
}

/**
 * The sampling standard error, in percentage points, of a share of `of` children drawn at DfE's rate: what a
 * small authority's own figure varies by from seed to seed.
 */
export function standardError(row: CalibrationRow): number {
  const p = row.dfe / 100;
  return row.of === 0 ? Number.POSITIVE_INFINITY : Math.sqrt((p * (1 - p)) / row.of) * 100;
}

const MIX =
  'DfE CLA at 31 March 2024 by placement type and locality (dfe-cla-31-march-provider-type-locality-national.csv)';
const DIST =
  'DfE CLA at 31 March 2024 by distance and locality (dfe-cla-31-march-distance-locality-national.csv)';
const STAB = 'DfE placement stability 2024, England (dfe-cla-placement-stability-by-la.csv)';

/**
 * DfE's published national figures for England, 31 March 2024 (2023-24), as percentages of children looked
 * after at 31 March (stability measures of their own denominators). Kinship is not split out in the files in
 * ../shared/data; its figure is the domain brief's (about 16% of all CLA in 2024, secondary source).
 */
export const DFE_ENGLAND_2024 = {
  fostering: [56_390, 83_630, MIX],
  kinship: [
    16,
    100,
    'Domain brief §2: kinship foster care about 16% of children looked after, 2024 (secondary)',
  ],
  childrensHomes: [8_640, 83_630, MIX],
  supported: [6_250, 83_630, MIX],
  withParents: [5_300, 83_630, MIX],
  adoption: [1_910, 83_630, MIX],
  inside: [43_830, 83_630, MIX],
  outside: [36_010, 83_630, MIX],
  over20: [18_040, 83_630, DIST],
  threePlus: [8_690, 83_630, STAB],
  threePlusTwoYears: [13_700, 60_430, STAB],
  longTerm: [19_750, 29_000, STAB],
} as const;

const pct = (n: number, of: number) => (of === 0 ? 0 : Math.round((n / of) * 1000) / 10);

/** Pools authorities into one dataset (each child keeps its own responsible authority). */
export function pool(authorities: readonly SyntheticAuthority[]): SufficiencyDataset {
  const children: Child[] = [];
  const episodes: Episode[] = [];
  const placements: Placement[] = [];
  const settings: Setting[] = [];
  for (const la of authorities) {
    for (const c of la.children) children.push({ ...c, responsibleAuthority: la.authority.code });
    for (const e of la.episodes) episodes.push(e);
    for (const p of la.placements) placements.push(p);
    for (const s of la.settings) settings.push(s);
  }
  return { children, episodes, placements, settings };
}

/** The calibrated figures of a dataset for 2024-25, beside DfE's 2024 figures. */
export function calibrate(dataset: SufficiencyDataset): CalibrationRow[] {
  const { value: v } = computeIndicators(dataset, { collectionYear: '2024-25' });
  const total = v.claAt31March.total;
  const g = v.placementMixAt31March.byDfeGrouping;
  const c = v.placementMixAt31March.byCategory;
  const d = v.distanceLocality.at31March;
  const row = (figure: string, n: number, of: number, key: keyof typeof DFE_ENGLAND_2024): CalibrationRow => {
    const [count, denominator, source] = DFE_ENGLAND_2024[key];
    return { figure, synthetic: pct(n, of), dfe: pct(count, denominator), of, source };
  };
  return [
    row('Foster placements', g['foster-relative-or-friend'] + g['foster-other-carer'], total, 'fostering'),
    row('of which kinship (relative or friend)', c['kinship-fostering'], total, 'kinship'),
    row("Secure homes and children's homes", g['secure-and-childrens-homes'], total, 'childrensHomes'),
    row(
      'Independent living / supported accommodation',
      g['independent-and-supported-living'],
      total,
      'supported',
    ),
    row('Placed with parents', g['placed-with-parents'], total, 'withParents'),
    row('Placed for adoption', g['placed-for-adoption'], total, 'adoption'),
    row('Inside the authority', v.distanceLocality.localityAt31March.inside, total, 'inside'),
    row('Outside the authority', v.distanceLocality.localityAt31March.outside, total, 'outside'),
    row('More than 20 miles from home', d.insideOver20 + d.outsideOver20, total, 'over20'),
    row(
      '3 or more placements in the year',
      v.threeOrMorePlacements.count,
      v.threeOrMorePlacements.of,
      'threePlus',
    ),
    row(
      '3 or more placements in 2 years',
      v.threeOrMorePlacementsInTwoYears.count,
      v.threeOrMorePlacementsInTwoYears.of,
      'threePlusTwoYears',
    ),
    row('Long-term stability', v.longTermStability.count, v.longTermStability.of, 'longTerm'),
  ];
}

/** The rows as a Markdown table. */
export function calibrationTable(title: string, rows: readonly CalibrationRow[]): string {
  const lines = [
    `| ${title} | Synthetic % | DfE England 2024 % | Difference (pp) | Children counted | Sampling SE (pp) |`,
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.figure} | ${r.synthetic.toFixed(1)} | ${r.dfe.toFixed(1)} | ${(r.synthetic - r.dfe).toFixed(1)} | ${r.of} | ${standardError(r).toFixed(1)} |`,
    ),
  ];
  return lines.join('\n');
}

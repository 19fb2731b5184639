import type { IsoDate, Pence, PlacementCategory } from '@placewise/model';

/**
 * How far a reference figure has been checked, as the Placewise domain brief tags it: `C` confirmed
 * in a primary source, `S` from a secondary source (press, sector body, summary), `R` recalled and
 * not re-verified.
 */
export type ReferenceConfidence = 'C' | 'S' | 'R';

/** A published figure an authority's costs can be set beside, with its source and year. */
export interface ReferenceFigure {
  id: string;
  label: string;
  /** `weekly-price` a price or fee; `unit-cost` an all-in cost; `allowance` a carer allowance (not a fee); `high-cost-count` a survey count. */
  kind: 'weekly-price' | 'unit-cost' | 'allowance' | 'high-cost-count';
  /** Placement categories the figure describes; fees in these are compared with it. */
  categories: readonly PlacementCategory[];
  /** Pence per week, where the figure is one (annual figures ÷ 52.1775). */
  weekly?: Pence;
  /** Pence per year, where the source gives an annual figure. */
  annual?: Pence;
  /** Operating or profit margin as a fraction of price, where the source gives one. */
  margin?: number;
  /** Age band (years) the figure is for, written like fees' `ageBand`: `0-2`, `11-15`. */
  ageBand?: string;
  /** Region the figure is for. */
  region?: string;
  /** High-cost placements counted, and all placements in the same survey. */
  count?: number;
  total?: number;
  /** The year the figure describes, as the source writes it. */
  year: string;
  /** A date inside the period whose prices the figure is in, for restating with a price index. */
  priceDate: IsoDate;
  source: string;
  confidence: ReferenceConfidence;
  note?: string;
}

const FOSTERING: readonly PlacementCategory[] = [
  'fostering-in-house',
  'fostering-agency',
  'kinship-fostering',
];

const NMA_2025_26: Record<string, readonly [number, number, number]> = {
  '0-2': [198, 189, 170],
  '3-4': [201, 196, 176],
  '5-10': [225, 216, 194],
  '11-15': [257, 247, 220],
  '16-17': [299, 288, 258],
};
const NMA_REGIONS = ['London', 'South East', 'Rest of England'] as const;

function nationalMinimumAllowances(): ReferenceFigure[] {
  return Object.entries(NMA_2025_26).flatMap(([ageBand, pounds]) =>
    NMA_REGIONS.map((region, r) => ({
      id: `nma-2025-26-${region.toLowerCase().replaceAll(' ', '-')}-${ageBand}`,
      label: `National minimum fostering allowance, ${region}, age ${ageBand}`,
      kind: 'allowance' as const,
      categories: FOSTERING,
      weekly: (pounds[r] as number) * 100,
      ageBand,
      region,
      year: '2025-26 (6 April 2025 to 5 April 2026)',
      priceDate: '2025-10-01',
      source:
        'Department for Education, national minimum allowance for foster carers 2025-26 (3.55% uplift), via fosteringnews.co.uk and a parliamentary answer',
      confidence: 'S' as const,
      note: 'The maintenance allowance paid to foster carers, not the fee an authority or agency charges; fees and all-in unit costs are higher.',
    })),
  );
}

/**
 * Published reference figures for children's placement costs in England, from the Placewise domain
 * brief's cost table (§4): NAO's average children's home cost, CMA's weekly prices and margins for the
 * largest providers, LGA's high-cost placement count, PSSRU's unit cost of local authority foster
 * care and DfE's national minimum fostering allowances for 2025-26. Each carries its source, year
 * and how far it was checked; none is restated (see {@link compareWithReferences}).
 *
 * @example
 * REFERENCE_FIGURES.find((f) => f.id === 'nao-childrens-home-2023-24')?.annual; // 31_840_000
 */
export const REFERENCE_FIGURES: readonly ReferenceFigure[] = [
  {
    id: 'nao-childrens-home-2023-24',
    label: "NAO: average cost of a children's home place",
    kind: 'unit-cost',
    categories: ['childrens-home'],
    annual: 31_840_000,
    weekly: 610_225,
    year: '2023-24',
    priceDate: '2023-10-01',
    source:
      "National Audit Office, Managing children's residential care (September 2025), via its press summary",
    confidence: 'S',
    note: '£239,800 a year in 2019-20; up 33% to 2023-24 and 12% in 2023-24 alone.',
  },
  {
    id: 'cma-childrens-home-2020',
    label: "CMA: largest providers' average weekly children's home price",
    kind: 'weekly-price',
    categories: ['childrens-home'],
    weekly: 383_000,
    margin: 0.23,
    year: '2020',
    priceDate: '2020-07-01',
    source:
      "Competition and Markets Authority, Children's social care market study, interim report (October 2021)",
    confidence: 'S',
    note: 'Operating margin 23%; the final report (March 2022) gives 22.6% average profit margin for the largest 15 providers, 2016–2020.',
  },
  {
    id: 'cma-ifa-2020',
    label: 'CMA: average weekly independent fostering agency price',
    kind: 'weekly-price',
    categories: ['fostering-agency'],
    weekly: 82_000,
    margin: 0.19,
    year: '2020',
    priceDate: '2020-07-01',
    source:
      "Competition and Markets Authority, Children's social care market study, interim report (October 2021)",
    confidence: 'S',
    note: 'About £820 a week; margin 19% (the final report figure, 19.4%, is recalled, not re-verified).',
  },
  {
    id: 'pssru-foster-la-2017',
    label: 'PSSRU: local authority foster care, all-in unit cost',
    kind: 'unit-cost',
    categories: ['fostering-in-house'],
    weekly: 64_600,
    year: 'Unit Costs of Health and Social Care 2017',
    priceDate: '2017-01-01',
    source: 'PSSRU, Unit Costs of Health and Social Care 2017 (PSSRU blog, 2018)',
    confidence: 'C',
    note: 'Per child per week, including boarding-out allowances, administration, social workers and support staff.',
  },
  {
    id: 'lga-high-cost-2022-23',
    label: 'LGA: placements costing £10,000 a week or more',
    kind: 'high-cost-count',
    categories: [],
    count: 1_510,
    total: 92_800,
    weekly: 1_000_000,
    year: '2022-23',
    priceDate: '2022-10-01',
    source:
      "Local Government Association, high-cost children's social care placements survey (October–November 2023, 124 councils)",
    confidence: 'C',
    note: '120 such placements in 2018/19; 91% of councils had at least one; the highest was £63,000 a week; most councils’ highest was £9,600–£32,500.',
  },
  ...nationalMinimumAllowances(),
];

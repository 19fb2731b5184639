import type { HomesCount } from '@placewise/market';
import {
  type CollectionYear,
  collectionYearBounds,
  type GssCode,
  type Issue,
  type Placement,
} from '@placewise/model';
import type { Coverage } from '@placewise/ssda903';
import { type Comparators, findComparators, type SufficiencyIndicators } from '@placewise/sufficiency';
import { compareGroupedDemandSupply, type DemandSupply } from './demand-supply.js';
import { computeFlows, type FlowsMatrix } from './flows.js';
import { firstOfEachAuthority } from './internal/first-of-each-authority.js';
import { poolForecasts, type RegionForecast } from './pooled-forecast.js';
import { sumCoverage } from './sum-datasets.js';
import { sumIndicators } from './sum-indicators.js';
import type { AuthoritySummary } from './summarise-authority.js';
import { type AuthorityWeeklyCost, weeklyCostsOf } from './weekly-costs.js';

/** Options for {@link reportOfSummaries}: the region-wide part of `BuildRegionalReportOptions`. */
export interface ReportOfSummariesOptions {
  collectionYear: CollectionYear;
  /** Ofsted homes-by-authority rows for the supply side. Default: no supply figures. */
  supply?: readonly HomesCount[];
  /** Children under 18 per authority (ONS), for rates per 10,000. */
  childPopulation?: Partial<Record<GssCode, number>>;
  /** The weekly cost of a placement, when known (e.g. fee benchmarks by category); adds `weeklyCosts`. */
  weeklyCostOf?: (placement: Placement, authority: GssCode) => number | undefined;
  /** Forecast the region (slower). Default true; `false` leaves `forecast` out. */
  forecast?: boolean | { horizonDays?: number; samples?: number };
}

/** One authority's column of the report. */
export interface AuthorityColumn {
  gss: GssCode;
  indicators: SufficiencyIndicators;
  coverage: Coverage;
  status: 'complete' | 'incomplete';
}

/** The regional report: aggregates only, no child-level rows; `publishRegionalReport` makes it fit to share. */
export interface RegionalReport {
  collectionYear: CollectionYear;
  authorities: AuthorityColumn[];
  /** The region's indicators over all its authorities' children (localities as each authority reports them). */
  region: SufficiencyIndicators;
  /** England's published DfE figures for the year (from `findComparators`). */
  england: Comparators | null;
  flows: FlowsMatrix;
  demandSupply: DemandSupply;
  forecast: RegionForecast | null;
  /** Weekly cost of each authority's children placed at 31 March, when `weeklyCostOf` was given. */
  weeklyCosts: AuthorityWeeklyCost[] | null;
  /** Incomplete when any authority's return is. */
  status: 'complete' | 'incomplete';
  reason?: string;
  issues: Issue[];
}

/** What the pooled forecast says of an authority summarised with `forecast: false`. */
const NOT_FORECAST = 'The authority was summarised without a forecast (forecast: false).';

/**
 * The combine step of the regional report: from each authority's `summariseAuthority` (in the region's
 * order), the region's indicators, the cross-border flows matrix, demand against Ofsted supply, weekly
 * costs (`weeklyCostOf` runs here, so it may be any function), England's comparators and the pooled
 * forecast. Counts of 1 to 4 in the flows and demand tables are suppressed.
 *
 * @example
 * const report = reportOfSummaries(read.map((r) => summariseAuthority(r, { collectionYear: '2024-25' })), {
 *   collectionYear: '2024-25',
 * });
 */
export function reportOfSummaries(
  given: readonly AuthoritySummary[],
  options: ReportOfSummariesOptions,
): RegionalReport {
  const { end } = collectionYearBounds(options.collectionYear);
  // An authority given twice would be counted twice: the first stands, each later one is reported.
  const { kept: summaries, repeated } = firstOfEachAuthority(given, 'summary');
  const authorities = summaries.map(
    (a): AuthorityColumn => ({
      gss: a.gss,
      indicators: a.indicators,
      coverage: a.coverage,
      status: a.status,
    }),
  );
  const populations = summaries.map((a) => options.childPopulation?.[a.gss]);
  const regionPopulation = populations.every((p) => p !== undefined)
    ? populations.reduce<number>((s, p) => s + (p ?? 0), 0)
    : undefined;
  const region = sumIndicators(
    authorities.map((a) => a.indicators),
    {
      collectionYear: options.collectionYear,
      coverage: sumCoverage(summaries.map((a) => a.coverage)),
      ...(regionPopulation ? { childPopulation: regionPopulation } : {}),
    },
  );
  const placed = summaries.map((a) => ({ gss: a.gss, placements: a.placed }));
  const flows = computeFlows(placed, {
    approximate: authorities.some((a) => a.indicators.distanceLocality.approximate),
  });
  // Each authority's placements matched to its own children (two authorities may both have a `C0001`).
  const demandSupply = compareGroupedDemandSupply(
    summaries.map((a) => ({ children: a.placedChildren, placements: a.placed })),
    { date: end, region: summaries.map((a) => a.gss), ...(options.supply ? { supply: options.supply } : {}) },
  );
  const forecast =
    (options.forecast ?? true)
      ? poolForecasts(summaries.map((a) => a.forecast ?? { gss: a.gss, excluded: NOT_FORECAST }))
      : null;
  const incomplete = authorities.filter((a) => a.status === 'incomplete').map((a) => a.gss);
  const reasons: string[] = [];
  if (incomplete.length > 0)
    reasons.push(
      `The returns of ${incomplete.length} authorit${incomplete.length === 1 ? 'y are' : 'ies are'} incomplete: ${incomplete.join(', ')}.`,
    );
  if (repeated.length > 0)
    reasons.push(
      `${repeated.length} authority summar${repeated.length === 1 ? 'y repeats' : 'ies repeat'} an authority given earlier and ${repeated.length === 1 ? 'was' : 'were'} left out.`,
    );
  return {
    collectionYear: options.collectionYear,
    authorities,
    region,
    england:
      findComparators(summaries[0]?.gss ?? 'E92000001', { collectionYear: options.collectionYear }) ?? null,
    flows,
    demandSupply,
    forecast,
    weeklyCosts: options.weeklyCostOf
      ? weeklyCostsOf(placed, { region: summaries.map((a) => a.gss), weeklyCostOf: options.weeklyCostOf })
      : null,
    status: reasons.length > 0 ? 'incomplete' : 'complete',
    ...(reasons.length > 0 ? { reason: reasons.join(' ') } : {}),
    issues: [...repeated, ...summaries.flatMap((a) => a.issues)],
  };
}

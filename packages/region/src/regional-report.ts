import type { HomesCount } from '@placewise/market';
import {
  type CollectionYear,
  collectionYearBounds,
  type GssCode,
  type Issue,
  type Placement,
  type PostcodeLocator,
} from '@placewise/model';
import type { Coverage } from '@placewise/ssda903';
import {
  type Comparators,
  computeIndicators,
  findComparators,
  type SufficiencyIndicators,
} from '@placewise/sufficiency';
import type { AuthorityReturn } from './authority-return.js';
import { compareDemandSupply, type DemandSupply } from './demand-supply.js';
import { computeFlows, type FlowsMatrix } from './flows.js';
import { locateOnce } from './locate-once.js';
import { placementsOpenAt } from './placed-at.js';
import { forecastRegion, type RegionForecast } from './pooled-forecast.js';
import { type ReadAuthority, readAuthority, type TransformReturn } from './read-authority.js';
import { placedChildren, sumCoverage } from './sum-datasets.js';
import { sumIndicators } from './sum-indicators.js';
import { type AuthorityWeeklyCost, weeklyCostsOf } from './weekly-costs.js';

/** Options for {@link buildRegionalReport}. */
export interface BuildRegionalReportOptions {
  collectionYear: CollectionYear;
  /** Locates postcodes for distances and placement authorities (e.g. `createSectorLocator()` of `@placewise/geo`). */
  locator?: PostcodeLocator;
  /** Applied to each return as it is read (e.g. `(r) => pseudonymiseReturn(r, { key })`). */
  transform?: TransformReturn;
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

/**
 * Reads every authority's return and builds the regional report: each authority's DfE indicators
 * (`computeIndicators` exactly as for one authority) beside the region's and England's, the cross-border
 * flows matrix, demand against Ofsted supply and the pooled forecast. Counts of 1 to 4 in the flows and
 * demand tables are suppressed; the indicators keep exact counts for analysis, so share
 * `publishRegionalReport(report)`, which suppresses them too. Bad rows are issues (prefixed with the
 * authority's code), never exceptions.
 *
 * @example
 * const { value } = await buildRegionalReport(
 *   [{ gss: 'E08000035', files: leeds }, { gss: 'E08000036', files: wakefield }],
 *   { collectionYear: '2024-25', locator: createSectorLocator() },
 * );
 * value.flows.total.count;
 */
export async function buildRegionalReport(
  returns: readonly AuthorityReturn[],
  options: BuildRegionalReportOptions,
): Promise<{ value: RegionalReport; issues: Issue[] }> {
  const read: ReadAuthority[] = [];
  for (const input of returns) read.push(await readAuthority(input, options));
  return { value: reportOfRead(read, options), issues: read.flatMap((r) => r.issues) };
}

/**
 * The regional report from authorities already read with `readAuthority` (what `buildRegionalReport` does
 * after reading).
 *
 * @example
 * const report = reportOfRead([await readAuthority(input, { collectionYear: '2024-25' })], { collectionYear: '2024-25' });
 */
export function reportOfRead(
  read: readonly ReadAuthority[],
  options: BuildRegionalReportOptions,
): RegionalReport {
  const { start, end } = collectionYearBounds(options.collectionYear);
  const issues: Issue[] = [];
  const locator = options.locator ? locateOnce(options.locator) : undefined;
  const authorities = read.map((a): AuthorityColumn => {
    const population = options.childPopulation?.[a.gss];
    const result = computeIndicators(a.dataset, {
      collectionYear: options.collectionYear,
      responsibleAuthority: a.gss,
      ...(locator ? { locator } : {}),
      ...(population ? { childPopulation: population } : {}),
    });
    issues.push(...result.issues.map((i) => ({ ...i, message: `${a.gss}: ${i.message}` })));
    return { gss: a.gss, indicators: result.value, coverage: a.coverage, status: result.value.status };
  });
  const coverage = sumCoverage(read.map((a) => a.coverage));
  const populations = read.map((a) => options.childPopulation?.[a.gss]);
  const regionPopulation = populations.every((p) => p !== undefined)
    ? populations.reduce<number>((s, p) => s + (p ?? 0), 0)
    : undefined;
  const region = sumIndicators(
    authorities.map((a) => a.indicators),
    {
      collectionYear: options.collectionYear,
      coverage,
      ...(regionPopulation ? { childPopulation: regionPopulation } : {}),
    },
  );
  const placed = read.map((a) => ({ gss: a.gss, placements: placementsOpenAt(a.dataset.placements, end) }));
  const flows = computeFlows(placed, {
    approximate: authorities.some((a) => a.indicators.distanceLocality.approximate),
  });
  const demandSupply = compareDemandSupply(
    placedChildren(read, placed),
    placed.flatMap((p) => p.placements.map((q) => ({ ...q, childId: `${p.gss}:${q.childId}` }))),
    { date: end, region: read.map((a) => a.gss), ...(options.supply ? { supply: options.supply } : {}) },
  );
  const forecastOption = options.forecast ?? true;
  const forecast = forecastOption
    ? forecastRegion(
        read.map((a) => ({ gss: a.gss, history: a.history })),
        {
          from: read.map((a) => a.history.coveredFrom ?? start).sort()[0] ?? start,
          to: end,
          ...(typeof forecastOption === 'object' ? forecastOption : {}),
        },
      )
    : null;
  const incomplete = authorities.filter((a) => a.status === 'incomplete').map((a) => a.gss);
  return {
    collectionYear: options.collectionYear,
    authorities,
    region,
    england: findComparators(read[0]?.gss ?? 'E92000001', { collectionYear: options.collectionYear }) ?? null,
    flows,
    demandSupply,
    forecast,
    weeklyCosts: options.weeklyCostOf
      ? weeklyCostsOf(placed, { region: read.map((a) => a.gss), weeklyCostOf: options.weeklyCostOf })
      : null,
    status: incomplete.length > 0 ? 'incomplete' : 'complete',
    ...(incomplete.length > 0
      ? {
          reason: `The returns of ${incomplete.length} authorit${incomplete.length === 1 ? 'y are' : 'ies are'} incomplete: ${incomplete.join(', ')}.`,
        }
      : {}),
    issues,
  };
}

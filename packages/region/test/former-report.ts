/**
 * The regional report as `reportOfRead` built it before the report was split into `summariseAuthority`
 * (per authority) and `reportOfSummaries` (the region): a copy of that code, kept so a test can check that
 * the split gives exactly the same report. Not part of the package.
 */
import { type ForecastDemandResult, forecastDemand, type LongitudinalHistory } from '@placewise/forecast';
import { collectionYearBounds, type GssCode, type Issue } from '@placewise/model';
import { computeIndicators, findComparators } from '@placewise/sufficiency';
import { compareDemandSupply } from '../src/demand-supply.js';
import { computeFlows } from '../src/flows.js';
import { locateOnce } from '../src/locate-once.js';
import { placementsOpenAt } from '../src/placed-at.js';
import type { ForecastRegionOptions, PooledYearEnd, RegionForecast } from '../src/pooled-forecast.js';
import type { ReadAuthority } from '../src/read-authority.js';
import type { AuthorityColumn, BuildRegionalReportOptions, RegionalReport } from '../src/regional-report.js';
import { placedChildren, sumCoverage } from '../src/sum-datasets.js';
import { sumIndicators } from '../src/sum-indicators.js';
import { weeklyCostsOf } from '../src/weekly-costs.js';

const METHOD =
  'Sum of each authority’s forecast (forecastDemand of @placewise/forecast); intervals pooled as independent: ' +
  'each side’s distance from the expected value is the root of the sum of the authorities’ squared distances.';

/**
 * Forecasts each authority with `forecastDemand` and adds them up. An authority whose forecast is refused
 * (too little data, or incomplete coverage) is excluded and listed with the reason, never silently dropped.
 * Intervals are pooled assuming the authorities' errors are independent.
 *
 * @example
 * const forecast = forecastRegion([{ gss: 'E08000035', history }], { from: '2022-04-01', to: '2025-03-31' });
 * forecast.yearEnds[0].expected;
 */
function formerForecastRegion(
  authorities: readonly { gss: GssCode; history: LongitudinalHistory }[],
  options: ForecastRegionOptions,
): RegionForecast {
  const included: GssCode[] = [];
  const excluded: RegionForecast['excluded'] = [];
  const incomplete: RegionForecast['incomplete'] = [];
  const results: ForecastDemandResult[] = [];
  for (const a of authorities) {
    const result = forecastDemand(a.history, {
      from: options.from,
      to: options.to,
      horizonDays: options.horizonDays ?? 1096,
      step: 'week',
      samples: options.samples ?? 100,
      ...(a.history.coverage ? { coverage: a.history.coverage } : {}),
    });
    if (result.value) {
      included.push(a.gss);
      results.push(result);
      if (result.status === 'incomplete')
        incomplete.push({ gss: a.gss, reason: result.reason ?? 'Fitted on less than 95% of the rows read.' });
    } else excluded.push({ gss: a.gss, reason: result.reason ?? 'The forecast was refused.' });
  }
  const first = results[0]?.value?.yearEnds ?? [];
  const yearEnds = first.map((point, i): PooledYearEnd => {
    let expected = 0;
    const sq = { lower80: 0, upper80: 0, lower95: 0, upper95: 0 };
    for (const r of results) {
      const t = r.value?.yearEnds[i]?.total;
      if (!t) continue;
      expected += t.expected;
      sq.lower80 += (t.expected - t.lower80) ** 2;
      sq.upper80 += (t.upper80 - t.expected) ** 2;
      sq.lower95 += (t.expected - t.lower95) ** 2;
      sq.upper95 += (t.upper95 - t.expected) ** 2;
    }
    const round = (n: number) => Math.round(n * 10) / 10;
    return {
      date: point.date,
      expected: round(expected),
      lower80: round(Math.max(0, expected - Math.sqrt(sq.lower80))),
      upper80: round(expected + Math.sqrt(sq.upper80)),
      lower95: round(Math.max(0, expected - Math.sqrt(sq.lower95))),
      upper95: round(expected + Math.sqrt(sq.upper95)),
    };
  });
  const status = excluded.length + incomplete.length > 0 ? 'incomplete' : 'complete';
  return { included, excluded, incomplete, status, yearEnds, method: METHOD };
}

export function formerReportOfRead(
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
    ? formerForecastRegion(
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

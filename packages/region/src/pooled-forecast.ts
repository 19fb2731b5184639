import type { LongitudinalHistory } from '@placewise/forecast';
import type { GssCode, IsoDate } from '@placewise/model';
import {
  type AuthorityForecast,
  type AuthorityYearEnd,
  type ForecastAuthorityOptions,
  forecastAuthority,
} from './forecast-authority.js';

/** One 31 March of the region's forecast: the expected number in care and pooled 80% and 95% intervals. */
export interface PooledYearEnd {
  date: IsoDate;
  expected: number;
  lower80: number;
  upper80: number;
  lower95: number;
  upper95: number;
}

/** The region's forecast: the sum of the included authorities' forecasts, and who was left out and why. */
export interface RegionForecast {
  included: GssCode[];
  excluded: { gss: GssCode; reason: string }[];
  /** Included authorities whose own forecast is incomplete (fitted on under 95% of the rows read), and why. */
  incomplete: { gss: GssCode; reason: string }[];
  /** `incomplete` when any authority is excluded or incomplete: the sum is then not the whole region's. */
  status: 'complete' | 'incomplete';
  yearEnds: PooledYearEnd[];
  method: string;
}

/** Options for {@link forecastRegion}. */
export interface ForecastRegionOptions extends ForecastAuthorityOptions {}

const METHOD =
  'Sum of each authority’s forecast (forecastDemand of @placewise/forecast); intervals pooled as independent: ' +
  'each side’s distance from the expected value is the root of the sum of the authorities’ squared distances.';

/**
 * Forecasts each authority with `forecastAuthority` (`forecastYearEnds`) and adds them up with
 * `poolForecasts`. An authority whose forecast is refused (too little data, or most rows rejected) is
 * excluded and listed with the reason, never silently dropped; one fitted on under 95% of its rows is
 * included and listed in `incomplete`. Intervals are pooled assuming the
 * authorities' errors are independent.
 *
 * @example
 * const forecast = forecastRegion([{ gss: 'E08000035', history }], { from: '2022-04-01', to: '2025-03-31' });
 * forecast.yearEnds[0].expected;
 */
export function forecastRegion(
  authorities: readonly { gss: GssCode; history: LongitudinalHistory }[],
  options: ForecastRegionOptions,
): RegionForecast {
  return poolForecasts(authorities.map((a) => forecastAuthority(a.gss, a.history, options)));
}

/**
 * The region's forecast from its authorities' own (`forecastAuthority`, run anywhere, e.g. one worker per
 * authority): expected values added, each side of each interval pooled as the root of the sum of squared
 * distances from the expected value, rounded to 1 dp. Excluded authorities are listed with their reason,
 * included ones whose forecast is incomplete in `incomplete`; `status` is `incomplete` when either list is not
 * empty, as the sum is then not a whole forecast of the region.
 *
 * @example
 * const forecast = poolForecasts(gssCodes.map((gss, i) => forecastAuthority(gss, histories[i], window)));
 * forecast.included.length;
 */
export function poolForecasts(forecasts: readonly AuthorityForecast[]): RegionForecast {
  const included: GssCode[] = [];
  const excluded: RegionForecast['excluded'] = [];
  const incomplete: RegionForecast['incomplete'] = [];
  const forecast: AuthorityYearEnd[][] = [];
  for (const f of forecasts) {
    if ('yearEnds' in f) {
      included.push(f.gss);
      forecast.push(f.yearEnds);
      if (f.incomplete !== undefined) incomplete.push({ gss: f.gss, reason: f.incomplete });
    } else excluded.push({ gss: f.gss, reason: f.excluded });
  }
  const yearEnds = (forecast[0] ?? []).map((point, i): PooledYearEnd => {
    let expected = 0;
    const sq = { lower80: 0, upper80: 0, lower95: 0, upper95: 0 };
    for (const yearEndsOf of forecast) {
      const t = yearEndsOf[i];
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

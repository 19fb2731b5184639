import { forecastYearEnds, type LongitudinalHistory, type YearEndFigure } from '@placewise/forecast';
import type { GssCode, IsoDate } from '@placewise/model';

/** Options for {@link forecastAuthority}: the forecast window every authority of a region shares. */
export interface ForecastAuthorityOptions {
  from: IsoDate;
  to: IsoDate;
  /** Days projected past `to`. Default 3 years (1,096 days). */
  horizonDays?: number;
  /** Bootstrap samples. Default 100. */
  samples?: number;
}

/** One 31 March of an authority's forecast: the expected number in care with its 80% and 95% intervals. */
export interface AuthorityYearEnd extends YearEndFigure {
  date: IsoDate;
}

/**
 * One authority's forecast, as plain data: its year-end totals, or why it was left out of the region's.
 * `yearEnds` and `excluded` never come together.
 */
export type AuthorityForecast =
  | {
      gss: GssCode;
      yearEnds: AuthorityYearEnd[];
      /** Why the forecast is incomplete (fitted on less than 95% of the rows read), when it is. */
      incomplete?: string;
    }
  | { gss: GssCode; excluded: string };

/**
 * Forecasts one authority's children in care with `forecastYearEnds` of `@placewise/forecast` (the 31 March
 * figures of `forecastDemand`, exactly) and keeps the year-end totals the region's pooled forecast adds up.
 * A refused forecast (too little data, or most rows rejected) comes back as `excluded` with its own reason;
 * one fitted on less than 95% of the rows read comes back with `incomplete` and the reason.
 *
 * @example
 * const forecast = forecastAuthority('E08000035', history, { from: '2022-04-01', to: '2025-03-31' });
 * 'yearEnds' in forecast ? forecast.yearEnds[0].expected : forecast.excluded;
 */
export function forecastAuthority(
  gss: GssCode,
  history: LongitudinalHistory,
  options: ForecastAuthorityOptions,
): AuthorityForecast {
  const result = forecastYearEnds(history, {
    from: options.from,
    to: options.to,
    horizonDays: options.horizonDays ?? 1096,
    step: 'week',
    samples: options.samples ?? 100,
    ...(history.coverage ? { coverage: history.coverage } : {}),
  });
  if (!result.value) return { gss, excluded: result.reason ?? 'The forecast was refused.' };
  return {
    gss,
    ...(result.status === 'incomplete'
      ? { incomplete: result.reason ?? 'Fitted on less than 95% of the rows read.' }
      : {}),
    yearEnds: result.value.yearEnds.map(({ date, total }) => ({
      date,
      expected: total.expected,
      lower80: total.lower80,
      upper80: total.upper80,
      lower95: total.lower95,
      upper95: total.upper95,
    })),
  };
}

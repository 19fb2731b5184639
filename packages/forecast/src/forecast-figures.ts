/**
 * Expected children in care on one 31 March with its 80% and 95% intervals.
 *
 * @example
 * const figure: YearEndFigure = { expected: 402.3, lower80: 390.1, upper80: 414.8, lower95: 383.0, upper95: 421.2 };
 */
export interface YearEndFigure {
  expected: number;
  lower80: number;
  upper80: number;
  lower95: number;
  upper95: number;
}

/**
 * Central 80% and 95% bootstrap intervals of a projected series, date by date.
 *
 * @example
 * const band: SeriesIntervals = { lower95: [10], lower80: [11], upper80: [13], upper95: [14] };
 */
export interface SeriesIntervals {
  lower95: number[];
  lower80: number[];
  upper80: number[];
  upper95: number[];
}

/**
 * The p-quantile of values sorted ascending, by Hyndman & Fan's definition 7 — the default of R's
 * `quantile()`, Excel's `PERCENTILE.INC` and NumPy's `percentile`: with h = (n − 1)p, the value at
 * ⌊h⌋ plus (h − ⌊h⌋) of the way to the next. `NaN` for no values.
 *
 * @param sorted - values in ascending order (not checked, for speed).
 * @param p - between 0 and 1.
 * @example
 * quantileSorted([1, 2, 3, 4], 0.25); // 1.75
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(h);
  const below = sorted[lo] as number;
  if (lo + 1 >= n) return below;
  return below + (h - lo) * ((sorted[lo + 1] as number) - below);
}

/** The summary statistics of a set of amounts (pence per week in benchmarks). */
export interface AmountSummary {
  count: number;
  /** Arithmetic mean, rounded to the nearest penny. */
  mean: number;
  min: number;
  /** 10th percentile, definition 7, rounded to the nearest penny; so are the quartiles and p90. */
  p10: number;
  q1: number;
  median: number;
  q3: number;
  p90: number;
  max: number;
  /** q3 − q1, unrounded quartiles. */
  iqr: number;
  /** Tukey's fences: q1 − 1.5 × IQR and q3 + 1.5 × IQR; values outside them are outliers. */
  lowerFence: number;
  upperFence: number;
}

/**
 * Summarises values sorted ascending: count, mean, min, max, P10, quartiles, median, P90, the
 * interquartile range and Tukey's outlier fences (1.5 × IQR beyond the quartiles).
 *
 * @example
 * summariseSorted(Float64Array.from([1, 2, 3, 4, 100])).upperFence; // 7
 */
export function summariseSorted(sorted: ArrayLike<number>): AmountSummary {
  const n = sorted.length;
  let sum = 0;
  for (let i = 0; i < n; i += 1) sum += sorted[i] as number;
  const q1 = quantileSorted(sorted, 0.25);
  const q3 = quantileSorted(sorted, 0.75);
  const iqr = q3 - q1;
  return {
    count: n,
    mean: Math.round(sum / n),
    min: n ? (sorted[0] as number) : Number.NaN,
    p10: Math.round(quantileSorted(sorted, 0.1)),
    q1: Math.round(q1),
    median: Math.round(quantileSorted(sorted, 0.5)),
    q3: Math.round(q3),
    p90: Math.round(quantileSorted(sorted, 0.9)),
    max: n ? (sorted[n - 1] as number) : Number.NaN,
    iqr,
    lowerFence: q1 - 1.5 * iqr,
    upperFence: q3 + 1.5 * iqr,
  };
}

/**
 * Summarises amounts in any order (a sorted copy is taken; the input is not changed).
 *
 * @example
 * summariseAmounts([400_000, 600_000, 500_000]).median; // 500_000
 */
export function summariseAmounts(values: readonly number[]): AmountSummary {
  return summariseSorted(Float64Array.from(values).sort());
}

/**
 * The smallest and largest finite values, or `undefined` when there are none. A loop, not `Math.min(...values)`,
 * since a long series spread into arguments can overflow the call stack in some browsers.
 */
export function extent(values: Iterable<number>): [number, number] | undefined {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : undefined;
}

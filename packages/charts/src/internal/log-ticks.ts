/**
 * Ticks for a logarithmic axis at 1 and 3 times each power of ten between `min` and `max` (both above 0),
 * and the domain they sit in: `min` and `max` widened by a fifth so end marks do not touch the edge.
 */
export function logTicks(min: number, max: number): { values: number[]; min: number; max: number } {
  const lo = Math.max(Number.MIN_VALUE, Number.isFinite(min) && min > 0 ? min / 1.2 : 1);
  const hi = Math.max(lo * 10, Number.isFinite(max) && max > 0 ? max * 1.2 : 10);
  const values: number[] = [];
  for (let power = Math.floor(Math.log10(lo)); power <= Math.ceil(Math.log10(hi)); power += 1) {
    for (const m of [1, 3]) {
      const v = Number((m * 10 ** power).toPrecision(12));
      if (v >= lo && v <= hi) values.push(v);
    }
  }
  return { values, min: lo, max: hi };
}

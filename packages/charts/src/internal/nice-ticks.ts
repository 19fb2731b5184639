/** Tick values for a linear axis and the domain they span (widened to the outer ticks). */
export interface Ticks {
  values: number[];
  min: number;
  max: number;
}

/**
 * "Nice" ticks (1, 2, 2.5 or 5 times a power of ten) spanning `min`..`max` with about `count` steps.
 * An empty or one-point domain widens to include 0 and 1 so an axis can still be drawn.
 */
export function niceTicks(min: number, max: number, count = 5): Ticks {
  let lo = Number.isFinite(min) ? min : 0;
  let hi = Number.isFinite(max) ? max : 1;
  if (lo > hi) [lo, hi] = [hi, lo];
  if (lo === hi) {
    lo = Math.min(0, lo);
    hi = hi === 0 ? 1 : Math.max(0, hi);
  }
  const raw = (hi - lo) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  const step = nice * power;
  const first = Math.floor(lo / step + 1e-9);
  const last = Math.ceil(hi / step - 1e-9);
  // Multiply the integer index (not accumulate) so 0.1 + 0.2 noise does not creep into labels.
  const values = Array.from({ length: last - first + 1 }, (_, i) => roundTo((first + i) * step, step));
  return { values, min: first * step, max: last * step };
}

function roundTo(value: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Number(value.toFixed(decimals));
}

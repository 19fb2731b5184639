/**
 * Straight-line miles between two grid points given as numbers, by the DfE method
 * (metres / 1000 / 1.6093, rounded to 1 dp): the model's `distanceMiles` without allocating points,
 * for the hot loop. A test checks the two agree. NaN when either point is unknown.
 */
export function milesBetween(x1: number, y1: number, x2: number, y2: number): number {
  const dx = x1 - x2;
  const dy = y1 - y2;
  return Math.round((Math.sqrt(dx * dx + dy * dy) / 1000 / 1.6093) * 10) / 10;
}

/** Tenths of a mile per metre: `milesBetween`'s three divisions folded into one factor. */
const TENTHS_PER_METRE = 10 / 1609.3;

/**
 * `milesBetween × 10`, the whole number of tenths of a mile, with the very same rounding but one multiply
 * in place of three divisions. The folded factor can differ from dividing step by step only in the last
 * bits (a relative 1e-15), which changes the rounding only when the tenths are within that of a half: those,
 * and distances too large for the margin, take the step-by-step route. NaN when either point is unknown.
 */
export function tenthsOfMileBetween(x1: number, y1: number, x2: number, y2: number): number {
  const dx = x1 - x2;
  const dy = y1 - y2;
  const metres = Math.sqrt(dx * dx + dy * dy);
  const tenths = metres * TENTHS_PER_METRE;
  const fraction = tenths - Math.floor(tenths);
  if ((fraction > 0.4999 && fraction < 0.5001) || tenths > 1e7)
    return Math.round((metres / 1000 / 1.6093) * 10);
  return Math.round(tenths);
}

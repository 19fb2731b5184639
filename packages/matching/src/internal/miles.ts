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

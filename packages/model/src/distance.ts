import type { GridPoint } from './geometry.js';

/** Metres per mile as DfE's method divides: metres / 1000 / 1.6093. */
const KILOMETRES_PER_MILE = 1.6093;

/**
 * Straight-line distance in miles between two OS grid points, the DfE way (PL_DISTANCE): Euclidean
 * metres / 1000 / 1.6093, rounded to 1 decimal place. Not a travel distance.
 *
 * @see DfE CLA methodology; the DfE CLA validator's `datastore.py` reproduces the guidance formula.
 * @example
 * distanceMiles({ easting: 429900, northing: 433500 }, { easting: 429900, northing: 449593 }); // 10
 */
export function distanceMiles(a: GridPoint, b: GridPoint): number {
  const metres = hypot(a.easting - b.easting, a.northing - b.northing);
  return Math.round((metres / 1000 / KILOMETRES_PER_MILE) * 10) / 10;
}

/**
 * `Math.hypot(x, y)` by the engine's own arithmetic for two values (each scaled by the larger, the sum's
 * square root scaled back), so the same bits (a test holds the two equal), without what `Math.hypot` makes
 * on every call: an array of its arguments and a boxed result, ~5 MB for 40 authorities' distances.
 * Infinities and NaN go to `Math.hypot` itself.
 */
function hypot(x: number, y: number): number {
  const a = Math.abs(x);
  const b = Math.abs(y);
  // NaN when either is: that and infinity are Math.hypot's own cases. Two zeros (a child placed in its
  // home's sector) make zero, as Math.hypot's do.
  const larger = Math.max(a, b);
  if (larger === 0) return 0;
  if (!(larger > 0 && larger < Number.POSITIVE_INFINITY)) return Math.hypot(x, y);
  const p = a / larger;
  const q = b / larger;
  return Math.sqrt(p * p + q * q) * larger;
}

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
  const metres = Math.hypot(a.easting - b.easting, a.northing - b.northing);
  return Math.round((metres / 1000 / KILOMETRES_PER_MILE) * 10) / 10;
}

import * as z from 'zod';
import { strictObject } from './internal/strict-object.js';

/**
 * A point on the OS British National Grid, in metres.
 *
 * @example
 * const leedsCentre: GridPoint = { easting: 429900, northing: 433500 };
 */
export const GridPoint = strictObject({
  /** Metres east, within the grid's extent (with a margin). */
  easting: z.number().finite().min(-1_000_000).max(2_000_000),
  /** Metres north, within the grid's extent (with a margin). */
  northing: z.number().finite().min(-1_000_000).max(2_000_000),
});
/** @see {@link GridPoint} */
export type GridPoint = z.infer<typeof GridPoint>;

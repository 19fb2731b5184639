import * as z from 'zod';

/**
 * A point on the OS British National Grid, in metres.
 *
 * @example
 * const leedsCentre: GridPoint = { easting: 429900, northing: 433500 };
 */
export const GridPoint = z.object({
  easting: z.number().finite(),
  northing: z.number().finite(),
});
/** @see {@link GridPoint} */
export type GridPoint = z.infer<typeof GridPoint>;

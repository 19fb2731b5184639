import * as z from 'zod';
import { GssCode, Nation } from './authority.js';
import { GridPoint } from './geometry.js';
import { PostcodePrecision } from './postcode.js';

/**
 * A postcode placed on the map: its grid point and the authority it lies in.
 *
 * @example
 * const located: LocatedPostcode = {
 *   postcode: 'LS6 1', point: { easting: 428500, northing: 436500 },
 *   authority: 'E08000035', nation: 'england', precision: 'sector',
 * };
 */
export const LocatedPostcode = z.object({
  /** The normalised postcode, sector or district that was located. */
  postcode: z.string().min(2),
  /** Grid point: the unit's own point, or a sector or district centroid. */
  point: GridPoint,
  /** Upper-tier local authority (the one with children's services). */
  authority: GssCode,
  /** Lower-tier (district) authority, where different. */
  lowerTierAuthority: GssCode.optional(),
  nation: Nation,
  /** How precise `point` is. */
  precision: PostcodePrecision,
});
/** @see {@link LocatedPostcode} */
export type LocatedPostcode = z.infer<typeof LocatedPostcode>;

/**
 * Looks postcodes up: the interface `@placewise/geo` implements with embedded open data, so packages
 * that need locations take a locator rather than a data set.
 *
 * @example
 * const locator: PostcodeLocator = { locate: (postcode) => (postcode === 'LS6 1' ? located : undefined) };
 */
export interface PostcodeLocator {
  /** The location of a postcode, sector or district, or `undefined` if unknown or malformed. */
  locate(postcode: string): LocatedPostcode | undefined;
}

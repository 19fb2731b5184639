import * as z from 'zod';
import { GssCode } from './authority.js';
import { PlacementCategory } from './category.js';
import { IsoDate } from './date.js';
import { strictObject } from './internal/strict-object.js';

/**
 * Inside or outside the responsible authority's boundary (DfE's PL_LOCATION).
 *
 * @example
 * Locality.parse('OUT');
 */
export const Locality = z.enum(['IN', 'OUT']);
/** @see {@link Locality} */
export type Locality = z.infer<typeof Locality>;

/**
 * A placement: a run of consecutive episodes in one setting, counted the way DfE counts placements
 * (a new placement starts when RNE is S, P, T, U or B; a legal-status-only change continues it; temporary
 * moves T0–T4 and short breaks V3/V4 are not placements). Derive them with `derivePlacements` from
 * `@placewise/ssda903`, the one place that applies these rules. Derived fields are those DfE adds to the return.
 *
 * @example
 * const placement: Placement = {
 *   id: 'C0001/2023-05-02', childId: 'C0001', start: '2023-05-02', placementType: 'U4',
 *   category: 'fostering-in-house', placementProvider: 'PR1', episodeCount: 2,
 *   distanceMiles: 3.4, locality: 'IN', placementAuthority: 'E08000035',
 * };
 */
export const Placement = strictObject({
  /** Stable identifier: the child and the placement's start date. */
  id: z.string().min(1),
  childId: z.string().min(1),
  start: IsoDate,
  end: IsoDate.optional(),
  /** PLACE of the placement's episodes. */
  placementType: z.string().min(1),
  category: PlacementCategory,
  placementProvider: z.string().optional(),
  urn: z.string().optional(),
  homePostcode: z.string().optional(),
  placementPostcode: z.string().optional(),
  /**
   * The day the child began living with this placement's carer: the start of the first of a run of
   * placements joined by same-carer changes (RNE T or U). Equals `start` when the carer is new; absent
   * on placements not made by `derivePlacements`.
   */
  sameCarerSince: IsoDate.optional(),
  /** How many episodes make up this placement. */
  episodeCount: z
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1),
  /** PL_DISTANCE: straight-line miles home → placement, 1 dp; absent when not known. */
  distanceMiles: z.number().nonnegative().max(1000).optional(),
  /** PL_LA: the authority the placement is in (GSS code), or SCO/WAL/NIR outside England. */
  placementAuthority: z.union([GssCode, z.enum(['SCO', 'WAL', 'NIR'])]).optional(),
  /** PL_LOCATION: inside or outside the responsible authority. */
  locality: Locality.optional(),
  /** The setting, when joined to a list of settings. */
  settingId: z.string().optional(),
});
/** @see {@link Placement} */
export type Placement = z.infer<typeof Placement>;

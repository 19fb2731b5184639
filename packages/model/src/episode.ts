import * as z from 'zod';
import { IsoDate } from './date.js';
import { strictObject } from './internal/strict-object.js';

/**
 * One SSDA903 episode: a period with one legal status and one placement. A new episode starts
 * whenever either changes. Field names are the model's; each says which SSDA903 column it holds.
 *
 * @example
 * const episode: Episode = {
 *   childId: 'C0001', start: '2023-05-02', reasonNewEpisode: 'S', legalStatus: 'C2',
 *   categoryOfNeed: 'N1', placementType: 'U4', placementProvider: 'PR1',
 *   homePostcode: 'LS6 1AA', placementPostcode: 'LS8 2BB', urn: 'SC000001',
 * };
 */
export const Episode = strictObject({
  /** CHILD */
  childId: z.string().min(1),
  /** DECOM: the day the episode began. */
  start: IsoDate,
  /** DEC: the day the episode ended; absent while open. */
  end: IsoDate.optional(),
  /** RNE: reason for new episode (S, L, P, T, U, B). */
  reasonNewEpisode: z.string().min(1),
  /** LS: legal status. */
  legalStatus: z.string().min(1),
  /** CIN: category of need. */
  categoryOfNeed: z.string().min(1),
  /** PLACE: placement type. */
  placementType: z.string().min(1),
  /** PLACE_PROVIDER (PR0–PR5); blank for temporary and Z1x placements. */
  placementProvider: z.string().optional(),
  /** REC: reason the episode ceased. */
  reasonEpisodeCeased: z.string().optional(),
  /** REASON_PLACE_CHANGE */
  reasonPlaceChange: z.string().optional(),
  /** HOME_POST: the child's home postcode when the period of care began. */
  homePostcode: z.string().optional(),
  /** PL_POST: the placement's postcode. */
  placementPostcode: z.string().optional(),
  /** URN: the setting's Ofsted unique reference number (or `XXXXXXX`). */
  urn: z.string().optional(),
});
/** @see {@link Episode} */
export type Episode = z.infer<typeof Episode>;

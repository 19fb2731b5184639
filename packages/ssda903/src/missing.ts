import { IsoDate } from '@placewise/model';
import * as z from 'zod';

/**
 * One row of the SSDA903 Missing table: an episode of a looked-after child missing or away from placement.
 *
 * @example
 * const row: MissingRecord = { childId: 'C0001', dateOfBirth: '2010-05-01', kind: 'M', start: '2024-06-02', end: '2024-06-03' };
 */
export const MissingRecord = z.object({
  /** CHILD */
  childId: z.string().min(1),
  /** DOB */
  dateOfBirth: IsoDate,
  /** MISSING: `M` missing (whereabouts unknown) or `A` away without authorisation (whereabouts known). */
  kind: z.string().min(1),
  /** MIS_START */
  start: IsoDate,
  /** MIS_END; absent while the child is still missing. */
  end: IsoDate.optional(),
});
/** @see {@link MissingRecord} */
export type MissingRecord = z.infer<typeof MissingRecord>;

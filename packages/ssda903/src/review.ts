import { IsoDate } from '@placewise/model';
import * as z from 'zod';

/**
 * One row of the SSDA903 Reviews table: a looked-after child review.
 *
 * @example
 * const row: ReviewRecord = { childId: 'C0001', dateOfBirth: '2010-05-01', date: '2024-09-12', participation: 'PN1' };
 */
export const ReviewRecord = z.object({
  /** CHILD */
  childId: z.string().min(1),
  /** DOB */
  dateOfBirth: IsoDate,
  /** REVIEW: the date of the review. */
  date: IsoDate,
  /** REVIEW_CODE: how the child took part, `PN0`–`PN7` (meanings unconfirmed, domain brief §1.4 [R]). */
  participation: z.string().optional(),
});
/** @see {@link ReviewRecord} */
export type ReviewRecord = z.infer<typeof ReviewRecord>;

import { IsoDate } from '@placewise/model';
import * as z from 'zod';

/**
 * One row of the SSDA903 PrevPerm table: permanence the child had before this period of care.
 *
 * @example
 * const row: PrevPermRecord = { childId: 'C0001', dateOfBirth: '2012-05-01', previousPermanence: 'P2', date: '01/06/2019' };
 */
export const PrevPermRecord = z.object({
  /** CHILD */
  childId: z.string().min(1),
  /** DOB */
  dateOfBirth: IsoDate,
  /** PREV_PERM: `P1`, `P2`, `P3`, `P4` or `Z1` (meanings unconfirmed, domain brief §1.4 [R]). */
  previousPermanence: z.string().optional(),
  /** LA_PERM: the authority that made the order; usually blank. */
  authority: z.string().optional(),
  /**
   * DATE_PERM as written: kept as text because returns record partly known dates here
   * (for example with `ZZ` for an unknown day or month).
   */
  date: z.string().optional(),
});
/** @see {@link PrevPermRecord} */
export type PrevPermRecord = z.infer<typeof PrevPermRecord>;

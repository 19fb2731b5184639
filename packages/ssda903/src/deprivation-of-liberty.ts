import { IsoDate } from '@placewise/model';
import * as z from 'zod';

/**
 * One row of the SSDA903 DoLo table (DfE validator ruleset 2026-27): a deprivation of liberty order
 * for a looked-after child, one row per order (domain brief §1.2).
 *
 * @example
 * const row: DoLoRecord = { childId: 'C0001', dateOfBirth: '2010-05-01', start: '2026-06-01' };
 */
export const DoLoRecord = z.object({
  /** CHILD */
  childId: z.string().min(1),
  /** DOB */
  dateOfBirth: IsoDate,
  /** DOLO_START: the day the order began. */
  start: IsoDate,
  /** DOLO_END: the day it ended; absent while in force. */
  end: IsoDate.optional(),
});
/** @see {@link DoLoRecord} */
export type DoLoRecord = z.infer<typeof DoLoRecord>;

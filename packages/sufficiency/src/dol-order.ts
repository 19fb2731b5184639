import { IsoDate } from '@placewise/model';
import * as z from 'zod';

/**
 * A deprivation-of-liberty order for a child (the SSDA903 DoLo table from 2026-27: DOLO_START, DOLO_END).
 *
 * @example
 * const order: DolOrder = { childId: 'C1', start: '2026-05-01' };
 */
export const DolOrder = z.object({
  childId: z.string().min(1),
  /** DOLO_START */
  start: IsoDate,
  /** DOLO_END; absent while the order lasts. */
  end: IsoDate.optional(),
});
/** @see {@link DolOrder} */
export type DolOrder = z.infer<typeof DolOrder>;

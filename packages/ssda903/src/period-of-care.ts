import { IsoDate } from '@placewise/model';
import * as z from 'zod';

/**
 * A period of care: a run of episodes with no day out of care, begun by RNE S or after a gap (rule
 * `period-starts`), short breaks left out. Made by `derivePeriodsOfCare`.
 *
 * @example
 * const period: PeriodOfCare = {
 *   id: 'C0001/2021-06-01', childId: 'C0001', start: '2021-06-01', episodeCount: 3,
 * };
 */
export const PeriodOfCare = z.object({
  /** Stable identifier: the child and the period's start date. */
  id: z.string().min(1),
  childId: z.string().min(1),
  /** DECOM of the period's first episode. */
  start: IsoDate,
  /** DEC of its last episode; absent while the child is still looked after. */
  end: IsoDate.optional(),
  /** REC of its last episode, when it has ended. */
  reasonCeased: z.string().optional(),
  /** Whether the first episode's RNE is S: otherwise the return began during the period (a gap, or a window). */
  startedWithS: z.boolean(),
  episodeCount: z.number().int().positive(),
});
/** @see {@link PeriodOfCare} */
export type PeriodOfCare = z.infer<typeof PeriodOfCare>;

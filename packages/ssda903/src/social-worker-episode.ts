import { IsoDate } from '@placewise/model';
import * as z from 'zod';

/**
 * One row of the SSDA903 SWEpisodes table (from 2023-24): a period with one allocated social worker.
 *
 * @example
 * const row: SocialWorkerEpisodeRecord = { childId: 'C0001', dateOfBirth: '2012-05-01', socialWorkerId: 'SW12', start: '2024-04-01' };
 */
export const SocialWorkerEpisodeRecord = z.object({
  /** CHILD */
  childId: z.string().min(1),
  /** DOB */
  dateOfBirth: IsoDate,
  /** SW_ID: the authority's identifier for the social worker. */
  socialWorkerId: z.string().min(1),
  /** SW_DECOM: the day the social worker was allocated. */
  start: IsoDate,
  /** SW_DEC: the day the allocation ended. */
  end: IsoDate.optional(),
  /** SW_REASON: why it ended (`MANAGE`, `FCONTA`, … ; meanings unconfirmed). */
  reason: z.string().optional(),
});
/** @see {@link SocialWorkerEpisodeRecord} */
export type SocialWorkerEpisodeRecord = z.infer<typeof SocialWorkerEpisodeRecord>;

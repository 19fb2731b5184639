import { IsoDate } from '@placewise/model';
import * as z from 'zod';

/**
 * One row of the SSDA903 OC2 table: outcomes for a child looked after for 12 months or more at 31 March.
 *
 * @example
 * const row: Oc2Record = { childId: 'C0001', dateOfBirth: '2010-05-01', sdqScore: 14, healthCheck: true };
 */
export const Oc2Record = z.object({
  /** CHILD */
  childId: z.string().min(1),
  /** DOB */
  dateOfBirth: IsoDate,
  /** SDQ_SCORE: strengths and difficulties questionnaire score. */
  sdqScore: z.number().int().optional(),
  /** SDQ_REASON: why no SDQ score, `SDQ1`–`SDQ5`. */
  sdqReason: z.string().optional(),
  /** CONVICTED */
  convicted: z.boolean().optional(),
  /** HEALTH_CHECK */
  healthCheck: z.boolean().optional(),
  /** IMMUNISATIONS */
  immunisations: z.boolean().optional(),
  /** TEETH_CHECK */
  teethCheck: z.boolean().optional(),
  /** HEALTH_ASSESSMENT */
  healthAssessment: z.boolean().optional(),
  /** SUBSTANCE_MISUSE */
  substanceMisuse: z.boolean().optional(),
  /** INTERVENTION_RECEIVED */
  interventionReceived: z.boolean().optional(),
  /** INTERVENTION_OFFERED */
  interventionOffered: z.boolean().optional(),
});
/** @see {@link Oc2Record} */
export type Oc2Record = z.infer<typeof Oc2Record>;

/**
 * One row of the SSDA903 OC3 table: a care leaver around their 17th to 21st birthdays.
 *
 * @example
 * const row: Oc3Record = { childId: 'C0001', dateOfBirth: '2005-05-01', inTouch: 'YES', activity: 'F2', accommodation: 'U1' };
 */
export const Oc3Record = z.object({
  /** CHILD */
  childId: z.string().min(1),
  /** DOB */
  dateOfBirth: IsoDate,
  /** IN_TOUCH: `YES`, `NO`, `DIED`, `REFU`, `NREQ`, `RHOM`. */
  inTouch: z.string().optional(),
  /** ACTIV: main activity (education, training, employment or NEET). */
  activity: z.string().optional(),
  /** ACCOM: accommodation type and suitability (letter and 1/2). */
  accommodation: z.string().optional(),
});
/** @see {@link Oc3Record} */
export type Oc3Record = z.infer<typeof Oc3Record>;

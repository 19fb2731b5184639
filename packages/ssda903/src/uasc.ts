import { IsoDate, Sex } from '@placewise/model';
import * as z from 'zod';

/**
 * One row of the SSDA903 UASC table: a child who was an unaccompanied asylum-seeking child.
 * `readReturn` also folds these rows into the children (`uasc`, `uascCeased`).
 *
 * @example
 * const row: UascRecord = { childId: 'C0001', sex: 'male', dateOfBirth: '2008-03-01', uascCeased: '2026-03-01' };
 */
export const UascRecord = z.object({
  /** CHILD */
  childId: z.string().min(1),
  /** SEX (1/2 or M/F/U) */
  sex: Sex,
  /** DOB */
  dateOfBirth: IsoDate,
  /** DUC: the date UASC status ceased (at the latest the 18th birthday). */
  uascCeased: IsoDate.optional(),
});
/** @see {@link UascRecord} */
export type UascRecord = z.infer<typeof UascRecord>;

import * as z from 'zod';
import { GssCode } from './authority.js';
import { IsoDate } from './date.js';
import { strictObject } from './internal/strict-object.js';

/**
 * A child's recorded sex. SSDA903 wrote 1/2 before 2024-25 and M/F/U from then; both map here.
 *
 * @example
 * Sex.parse('female');
 */
export const Sex = z.enum(['male', 'female', 'unknown']);
/** @see {@link Sex} */
export type Sex = z.infer<typeof Sex>;

/**
 * A looked-after child: the SSDA903 Header row (and UASC row) in the model's words.
 * `id` is the authority's own CHILD identifier (or its pseudonym).
 *
 * @example
 * const child: Child = { id: 'C0001', sex: 'female', dateOfBirth: '2012-06-01', ethnicity: 'WBRI', uasc: false };
 */
export const Child = strictObject({
  /** CHILD: the authority's identifier for the child. */
  id: z.string().min(1),
  /** SEX */
  sex: Sex,
  /** DOB */
  dateOfBirth: IsoDate,
  /** ETHNIC code. */
  ethnicity: z.string().optional(),
  /** UPN: 13-character unique pupil number or a UN1–UN5 code. */
  upn: z.string().optional(),
  /** MOTHER: the child is herself a mother. */
  mother: z.boolean().optional(),
  /** MC_DOB: date of birth of the mother's child. */
  motherChildDateOfBirth: IsoDate.optional(),
  /** Unaccompanied asylum-seeking child at any point. */
  uasc: z.boolean().default(false),
  /** DUC: the date UASC status ceased. */
  uascCeased: IsoDate.optional(),
  /** The responsible local authority (GSS code), where known. */
  responsibleAuthority: GssCode.optional(),
});
/** @see {@link Child} */
export type Child = z.infer<typeof Child>;

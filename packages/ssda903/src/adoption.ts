import { IsoDate } from '@placewise/model';
import * as z from 'zod';

/**
 * One row of the SSDA903 AD1 table: a child adopted during the year.
 *
 * @example
 * const row: Ad1Record = { childId: 'C0001', dateOfBirth: '2020-05-01', decisionDate: '2023-01-10', adoptedByFosterCarer: false };
 */
export const Ad1Record = z.object({
  /** CHILD */
  childId: z.string().min(1),
  /** DOB */
  dateOfBirth: IsoDate,
  /** DATE_INT: decision that adoption is in the child's interest. */
  decisionDate: IsoDate.optional(),
  /** DATE_MATCH: date matched with the adopter(s). */
  matchDate: IsoDate.optional(),
  /** FOSTER_CARE: adopted by their own foster carer(s). */
  adoptedByFosterCarer: z.boolean().optional(),
  /** NB_ADOPTR: number of adopters. */
  numberOfAdopters: z.number().int().optional(),
  /** SEX_ADOPTR: `M1`, `F1`, `MM`, `FF`, `MF`. */
  adopterSex: z.string().optional(),
  /** LS_ADOPTR: adopters' legal status (`L0`, `L11`, `L12`, `L2`, `L3`, `L4`; meanings partly unconfirmed). */
  adopterLegalStatus: z.string().optional(),
});
/** @see {@link Ad1Record} */
export type Ad1Record = z.infer<typeof Ad1Record>;

/**
 * One row of the SSDA903 PlacedAdoption table ("should be placed for adoption").
 *
 * @example
 * const row: PlacedAdoptionRecord = { childId: 'C0001', dateOfBirth: '2020-05-01', decisionDate: '2023-01-10' };
 */
export const PlacedAdoptionRecord = z.object({
  /** CHILD */
  childId: z.string().min(1),
  /** DOB */
  dateOfBirth: IsoDate,
  /** DATE_PLACED: decision that the child should be placed for adoption. */
  decisionDate: IsoDate,
  /** DATE_PLACED_CEASED: when that decision ceased to apply. */
  ceasedDate: IsoDate.optional(),
  /** REASON_PLACED_CEASED: `RD1`–`RD4`. */
  ceasedReason: z.string().optional(),
});
/** @see {@link PlacedAdoptionRecord} */
export type PlacedAdoptionRecord = z.infer<typeof PlacedAdoptionRecord>;

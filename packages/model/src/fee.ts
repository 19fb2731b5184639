import * as z from 'zod';
import { PlacementCategory } from './category.js';
import { IsoDate } from './date.js';
import { Pence } from './money.js';

/**
 * The period a fee amount is quoted for.
 *
 * @example
 * FeeUnit.parse('week');
 */
export const FeeUnit = z.enum(['day', 'week', 'four-weeks', 'month', 'year']);
/** @see {@link FeeUnit} */
export type FeeUnit = z.infer<typeof FeeUnit>;

/**
 * A fee agreed for a placement: an amount per unit between two dates, optionally split between
 * funders. Amounts are whole pence.
 *
 * @example
 * const fee: Fee = {
 *   id: 'F1', placementId: 'C0001/2023-05-02', amount: 520000, unit: 'week', from: '2023-05-02',
 *   contributions: { socialCare: 420000, health: 100000, education: 0 },
 * };
 */
export const Fee = z
  .object({
    id: z.string().min(1),
    placementId: z.string().optional(),
    settingId: z.string().optional(),
    amount: Pence.nonnegative(),
    unit: FeeUnit,
    from: IsoDate,
    to: IsoDate.optional(),
    /** Each funder's share of `amount`, in pence per the same unit. */
    contributions: z
      .object({
        socialCare: Pence.nonnegative().default(0),
        health: Pence.nonnegative().default(0),
        education: Pence.nonnegative().default(0),
      })
      .optional(),
    /** Attributes benchmarks group by. */
    category: PlacementCategory.optional(),
    providerType: z.string().optional(),
    region: z.string().optional(),
    ageBand: z.string().optional(),
    staffingRatio: z.string().optional(),
    inArea: z.boolean().optional(),
  })
  .refine((f) => !f.to || f.to >= f.from, { message: 'The fee cannot end before it starts.', path: ['to'] })
  .refine(
    (f) =>
      !f.contributions ||
      f.contributions.socialCare + f.contributions.health + f.contributions.education === f.amount,
    { message: 'Contributions must add up to the amount.', path: ['contributions'] },
  );
/** @see {@link Fee} */
export type Fee = z.infer<typeof Fee>;

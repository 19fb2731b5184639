import * as z from 'zod';
import { IsoDate } from './date.js';
import { strictObject } from './internal/strict-object.js';
import { Pence } from './money.js';
import { AgeRange, Setting } from './setting.js';

/**
 * Free places at a setting, offered from a date: what the matcher ranks. The setting is embedded so a
 * vacancy list is self-contained JSON for any system.
 *
 * @example
 * const vacancy: Vacancy = { id: 'V1', setting: home, placesFree: 1, availableFrom: '2025-01-06', weeklyCost: 520000 };
 */
export const Vacancy = strictObject({
  id: z.string().min(1).max(200),
  setting: Setting,
  /** Free places, 1 to 200. */
  placesFree: z.number().int().positive().max(200),
  availableFrom: IsoDate,
  availableUntil: IsoDate.optional(),
  /** Weekly fee offered, in pence. */
  weeklyCost: Pence.nonnegative()
    .max(2 ** 31 - 1)
    .optional(),
  /** Limits narrower than the setting's registration, for this vacancy. */
  limits: strictObject({
    ageRange: AgeRange.optional(),
    sexes: z
      .array(z.enum(['male', 'female']))
      .min(1)
      .max(2)
      .optional(),
    soloOnly: z.boolean().optional(),
  }).optional(),
});
/** @see {@link Vacancy} */
export type Vacancy = z.infer<typeof Vacancy>;
/**
 * A vacancy before defaults are applied.
 *
 * @example
 * const input: VacancyInput = { id: 'V1', setting: home, placesFree: 1, availableFrom: '2025-01-06' };
 */
export type VacancyInput = z.input<typeof Vacancy>;

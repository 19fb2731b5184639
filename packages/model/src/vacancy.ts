import * as z from 'zod';
import { IsoDate } from './date.js';
import { Pence } from './money.js';
import { Setting } from './setting.js';

/**
 * Free places at a setting, offered from a date: what the matcher ranks. The setting is embedded so a
 * vacancy list is self-contained JSON for any system.
 *
 * @example
 * const vacancy: Vacancy = { id: 'V1', setting: home, placesFree: 1, availableFrom: '2025-01-06', weeklyCost: 520000 };
 */
export const Vacancy = z.object({
  id: z.string().min(1),
  setting: Setting,
  placesFree: z.number().int().positive(),
  availableFrom: IsoDate,
  availableUntil: IsoDate.optional(),
  /** Weekly fee offered, in pence. */
  weeklyCost: Pence.nonnegative().optional(),
  /** Limits narrower than the setting's registration, for this vacancy. */
  limits: z
    .object({
      ageRange: z.object({ min: z.number().int().min(0), max: z.number().int().max(25) }).optional(),
      sexes: z
        .array(z.enum(['male', 'female']))
        .min(1)
        .optional(),
      soloOnly: z.boolean().optional(),
    })
    .optional(),
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

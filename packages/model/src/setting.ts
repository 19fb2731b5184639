import * as z from 'zod';
import { GssCode, Nation } from './authority.js';
import { PlacementCategory } from './category.js';
import { IsoDate } from './date.js';
import { GridPoint } from './geometry.js';
import { strictObject } from './internal/strict-object.js';
import { AdditionalSupport, Risk, StaffingRatio } from './referral-codes.js';

/**
 * Ofsted's overall judgements, best first.
 *
 * @example
 * OfstedJudgement.parse('good');
 */
export const OfstedJudgement = z.enum(['outstanding', 'good', 'requires-improvement', 'inadequate']);
/** @see {@link OfstedJudgement} */
export type OfstedJudgement = z.infer<typeof OfstedJudgement>;

/**
 * Who owns and runs a setting.
 *
 * @example
 * Ownership.parse('voluntary');
 */
export const Ownership = z.enum(['local-authority', 'private', 'voluntary', 'health-authority']);
/** @see {@link Ownership} */
export type Ownership = z.infer<typeof Ownership>;

/**
 * The kind of place a child can live.
 *
 * @example
 * SettingType.parse('supported-accommodation');
 */
export const SettingType = z.enum([
  'childrens-home',
  'secure-childrens-home',
  'foster-household',
  'kinship-household',
  'supported-accommodation',
  'residential-school',
  'residential-family-centre',
  'health-setting',
  'youth-justice',
  'unregistered',
]);
/** @see {@link SettingType} */
export type SettingType = z.infer<typeof SettingType>;

/**
 * An inclusive range of ages in whole years, 0 to 25, `min` no more than `max`.
 *
 * @example
 * AgeRange.parse({ min: 11, max: 17 });
 */
export const AgeRange = strictObject({
  min: z.number().int().min(0).max(25),
  max: z.number().int().min(0).max(25),
}).refine((r) => r.min <= r.max, {
  message: 'The youngest age must not be above the oldest.',
  path: ['min'],
});
/** @see {@link AgeRange} */
export type AgeRange = z.infer<typeof AgeRange>;

/**
 * A place where looked-after children live: a children's home, a foster household, supported
 * accommodation… with what it is registered for and what it can take.
 *
 * @example
 * const home: Setting = {
 *   id: 'S1', urn: 'SC000001', type: 'childrens-home', category: 'childrens-home',
 *   registration: 'registered', places: 4, ageRange: { min: 11, max: 17 }, sexes: ['male', 'female'],
 *   acceptsRisks: ['going-missing'], deprivationOfLiberty: false, ownership: 'private',
 *   ofsted: { judgement: 'good', date: '2024-02-01' },
 *   location: { postcode: 'LS8 2BB', authority: 'E08000035', nation: 'england' },
 * };
 */
export const Setting = strictObject({
  id: z.string().min(1).max(200),
  /** Ofsted unique reference number, where registered in England. */
  urn: z.string().max(20).optional(),
  name: z.string().max(300).optional(),
  type: SettingType,
  category: PlacementCategory,
  /**
   * Registration with the regulator. A children's home or secure children's home is eligible for no child
   * unless `registered` (Care Standards Act 2000 s11): `applied`, `unregistered`, `cancelled`, `resigned`
   * and `unknown` all exclude it. `applied` also covers reg 44 supported accommodation; `excepted` is
   * accommodation that needs no registration.
   */
  registration: z.enum([
    'registered',
    'applied',
    'unregistered',
    'cancelled',
    'resigned',
    'unknown',
    'excepted',
  ]),
  registeredOn: IsoDate.optional(),
  /** Registered places (foster households: approved places). */
  places: z.number().int().nonnegative().max(200),
  /** Ages (in whole years) the setting is registered or approved for, inclusive. */
  ageRange: AgeRange,
  sexes: z
    .array(z.enum(['male', 'female']))
    .min(1)
    .max(2),
  /** Needs the setting can meet (SSDA903 CIN codes or disability codes). */
  acceptsNeeds: z.array(z.string().max(20)).max(100).default([]),
  /** Risks the setting will accept. */
  acceptsRisks: z.array(Risk).max(20).default([]),
  deprivationOfLiberty: z.boolean().default(false),
  /** Takes only one child at a time. */
  soloOnly: z.boolean().optional(),
  /** Latest Ofsted judgement; absent = unknown, which never scores above a known `requires-improvement`. */
  ofsted: strictObject({ judgement: OfstedJudgement, date: IsoDate }).optional(),
  ownership: Ownership,
  /** Whether the provider is run for profit (Welsh restrictions). Defaults from ownership. */
  forProfit: z.boolean().optional(),
  location: strictObject({
    postcode: z.string().max(16).optional(),
    point: GridPoint.optional(),
    authority: GssCode.optional(),
    nation: Nation.optional(),
  }),
  /** Foster households: fostered children living there now, and any exemption from the limit of three. */
  fosteredChildren: z.number().int().nonnegative().max(200).optional(),
  fosteringLimitExemption: z.boolean().optional(),
  languages: z.array(z.string().max(100)).max(50).default([]),
  faiths: z.array(z.string().max(100)).max(50).default([]),
  /** SSDA903 ETHNIC codes of the carers or staff, where the setting records them (s22(5)(c)). */
  ethnicities: z.array(z.string().max(10)).max(50).optional(),
  communication: z
    .array(z.enum(['ESOL', 'BSL', 'Makaton', 'other']))
    .max(4)
    .default([]),
  /** Additional support the setting provides (PDS v2 `additionalSupport`). */
  additionalSupport: z.array(AdditionalSupport).max(10).optional(),
  petsAllowed: z.boolean().optional(),
  hasPets: z.boolean().optional(),
  adapted: z.boolean().optional(),
  staffingRatios: z.array(StaffingRatio).max(4).default([]),
});
/** @see {@link Setting} */
export type Setting = z.infer<typeof Setting>;

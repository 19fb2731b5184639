import * as z from 'zod';
import { GssCode, Nation } from './authority.js';
import { PlacementCategory } from './category.js';
import { IsoDate } from './date.js';
import { GridPoint } from './geometry.js';
import { Risk, StaffingRatio } from './referral.js';

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
export const Setting = z.object({
  id: z.string().min(1),
  /** Ofsted unique reference number, where registered in England. */
  urn: z.string().optional(),
  name: z.string().optional(),
  type: SettingType,
  category: PlacementCategory,
  registration: z.enum(['registered', 'applied', 'unregistered', 'excepted']),
  registeredOn: IsoDate.optional(),
  /** Registered places (foster households: approved places). */
  places: z.number().int().nonnegative(),
  /** Ages (in whole years) the setting is registered or approved for, inclusive. */
  ageRange: z.object({ min: z.number().int().min(0), max: z.number().int().max(25) }),
  sexes: z.array(z.enum(['male', 'female'])).min(1),
  /** Needs the setting can meet (SSDA903 CIN codes or disability codes). */
  acceptsNeeds: z.array(z.string()).default([]),
  /** Risks the setting will accept. */
  acceptsRisks: z.array(Risk).default([]),
  deprivationOfLiberty: z.boolean().default(false),
  /** Takes only one child at a time. */
  soloOnly: z.boolean().optional(),
  ofsted: z.object({ judgement: OfstedJudgement, date: IsoDate }).optional(),
  ownership: Ownership,
  /** Whether the provider is run for profit (Welsh restrictions). Defaults from ownership. */
  forProfit: z.boolean().optional(),
  location: z.object({
    postcode: z.string().optional(),
    point: GridPoint.optional(),
    authority: GssCode.optional(),
    nation: Nation.optional(),
  }),
  /** Foster households: fostered children living there now, and any exemption from the limit of three. */
  fosteredChildren: z.number().int().nonnegative().optional(),
  fosteringLimitExemption: z.boolean().optional(),
  languages: z.array(z.string()).default([]),
  faiths: z.array(z.string()).default([]),
  communication: z.array(z.enum(['ESOL', 'BSL', 'Makaton', 'other'])).default([]),
  petsAllowed: z.boolean().optional(),
  hasPets: z.boolean().optional(),
  adapted: z.boolean().optional(),
  staffingRatios: z.array(StaffingRatio).default([]),
});
/** @see {@link Setting} */
export type Setting = z.infer<typeof Setting>;

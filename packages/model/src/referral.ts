import * as z from 'zod';
import { GssCode, Nation } from './authority.js';
import { Sex } from './child.js';
import { IsoDate } from './date.js';

/**
 * Risks a referral may record and a setting may accept, after the Placements Data Standard v2
 * (risks to the child, then risks to others or property).
 *
 * @example
 * Risk.parse('going-missing');
 */
export const Risk = z.enum([
  'self-harm',
  'sexual-exploitation',
  'criminal-exploitation',
  'drug-alcohol',
  'eating-disorder',
  'going-missing',
  'harm-to-others',
  'sexual-harm',
  'fire-setting',
  'harm-to-animals',
  'criminal-exploitation-of-others',
  'other',
]);
/** @see {@link Risk} */
export type Risk = z.infer<typeof Risk>;

/**
 * Minimum adult support ratio (Placements Data Standard v1).
 *
 * @example
 * StaffingRatio.parse('2:1');
 */
export const StaffingRatio = z.enum(['standard', '1:1', '2:1', '>2:1']);
/** @see {@link StaffingRatio} */
export type StaffingRatio = z.infer<typeof StaffingRatio>;

/**
 * How often the child visits a location that matters to them.
 *
 * @example
 * VisitFrequency.parse('weekly');
 */
export const VisitFrequency = z.enum([
  'daily',
  'few-times-a-week',
  'weekly',
  'fortnightly',
  'monthly',
  'other',
]);
/** @see {@link VisitFrequency} */
export type VisitFrequency = z.infer<typeof VisitFrequency>;

/**
 * Suitability of a placement type for the child (PDS v2 PlacementRecommendation).
 *
 * @example
 * Suitability.parse('preferred');
 */
export const Suitability = z.enum(['preferred', 'suitable', 'unsuitable', 'not-specified']);
/** @see {@link Suitability} */
export type Suitability = z.infer<typeof Suitability>;

/**
 * A location the referral names, usually by postcode sector (`LS6 1`) or full postcode.
 *
 * @example
 * ReferralLocation.parse({ postcode: 'LS6 1', label: 'school' });
 */
export const ReferralLocation = z.object({
  postcode: z.string().min(2),
  label: z.string().optional(),
});
/** @see {@link ReferralLocation} */
export type ReferralLocation = z.infer<typeof ReferralLocation>;

/**
 * A request for a placement for one child (and any siblings to be placed together), aligned with
 * the Placements Data Standard v2. Locations are postcode sectors or full postcodes.
 *
 * @example
 * const referral = Referral.parse({
 *   id: 'R1', childId: 'C0001', dateOfBirth: '2011-09-01', sex: 'female', neededBy: '2025-01-10',
 *   urgency: 'within-5-days', responsibleAuthority: 'E08000035', nation: 'england',
 *   home: { postcode: 'LS6 1' },
 *   suitability: { foster: 'preferred', residential: 'suitable', supportedAccommodation: 'unsuitable' },
 * });
 */
export const Referral = z.object({
  id: z.string().min(1),
  childId: z.string().min(1),
  dateOfBirth: IsoDate,
  sex: Sex,
  /** The date the placement is needed. */
  neededBy: IsoDate,
  /** PDS neededBy band: today, within 5 days, or later. */
  urgency: z.enum(['today', 'within-5-days', 'more-than-5-days']),
  plannedOrEmergency: z.enum(['planned', 'emergency']).optional(),
  responsibleAuthority: GssCode,
  nation: Nation.default('england'),
  /** Brothers and sisters to be placed with the child (not counting the child). */
  siblingCount: z.number().int().nonnegative().default(0),
  /** Whether the siblings may be split if no setting can take them all. */
  siblingSplitAllowed: z.boolean().default(false),
  /** Family home (postcode sector). */
  home: ReferralLocation.optional(),
  closeToFamily: z.boolean().optional(),
  school: ReferralLocation.extend({ mustContinue: z.boolean().default(false) }).optional(),
  importantLocations: z.array(ReferralLocation.extend({ frequency: VisitFrequency })).default([]),
  locationsToAvoid: z.array(ReferralLocation).default([]),
  /** Sectors or postcodes the placement should be near. */
  preferredLocation: ReferralLocation.optional(),
  communicationNeeds: z.enum(['yes', 'no', 'not-specified']).default('not-specified'),
  communicationRequirements: z.array(z.enum(['ESOL', 'BSL', 'Makaton', 'other'])).default([]),
  language: z.string().optional(),
  culturalNeeds: z.enum(['required', 'not-required', 'not-known', 'other']).default('not-known'),
  faith: z.string().optional(),
  livingCompanions: z
    .enum(['solo', 'with-other-children', 'only-older', 'only-younger', 'no-preference'])
    .default('no-preference'),
  pets: z.enum(['must', 'can', 'no', 'not-known']).default('not-known'),
  homeAdaptation: z.boolean().default(false),
  additionalSupport: z
    .array(z.enum(['supervision', 'therapeutic', 'respite-worker', 'school-transport', 'other']))
    .default([]),
  staffingRatio: z.union([StaffingRatio, z.literal('not-specified')]).default('not-specified'),
  deprivationOfLiberty: z.boolean().default(false),
  /** A secure accommodation order (CA 1989 s25) is in place. */
  secureOrder: z.boolean().default(false),
  risks: z.array(Risk).default([]),
  /** SSDA903 CIN codes or disability codes the setting must meet. */
  needs: z.array(z.string()).default([]),
  suitability: z
    .object({
      foster: Suitability.default('not-specified'),
      residential: Suitability.default('not-specified'),
      supportedAccommodation: Suitability.default('not-specified'),
    })
    .default({
      foster: 'not-specified',
      residential: 'not-specified',
      supportedAccommodation: 'not-specified',
    }),
  /** A hard limit on distance from home, in miles. */
  maxDistanceMiles: z.number().positive().optional(),
});
/** @see {@link Referral} */
export type Referral = z.infer<typeof Referral>;
/**
 * A referral before defaults are applied: what callers may pass in.
 *
 * @example
 * const input: ReferralInput = { id: 'R1', childId: 'C1', dateOfBirth: '2011-09-01', sex: 'female', neededBy: '2025-01-10', urgency: 'today', responsibleAuthority: 'E08000035' };
 */
export type ReferralInput = z.input<typeof Referral>;

import * as z from 'zod';
import { ageOn } from './age.js';
import { GssCode, Nation } from './authority.js';
import { Sex } from './child.js';
import { IsoDate } from './date.js';
import { strictObject } from './internal/strict-object.js';
import {
  AdditionalSupport,
  PlacementGroup,
  Risk,
  StaffingRatio,
  Suitability,
  VisitFrequency,
} from './referral-codes.js';

const locationShape = {
  postcode: z.string().min(2).max(16),
  label: z.string().max(200).optional(),
};
/**
 * A location the referral names, usually by postcode sector (`LS6 1`) or full postcode.
 *
 * @example
 * ReferralLocation.parse({ postcode: 'LS6 1', label: 'school' });
 */
export const ReferralLocation = strictObject(locationShape);
/** @see {@link ReferralLocation} */
export type ReferralLocation = z.infer<typeof ReferralLocation>;

/**
 * A place the child must be kept away from (safeguarding: exploitation, people who pose a risk). Vacancies
 * within `radiusMiles` of it (the policy's `avoidRadiusMiles`, 5 by default, when not given) are ineligible;
 * reasons name it by `label`, never by its postcode.
 *
 * @example
 * LocationToAvoid.parse({ postcode: 'LS8 2', label: 'area of known exploitation', radiusMiles: 10 });
 */
export const LocationToAvoid = strictObject({
  ...locationShape,
  /** Miles within which a vacancy is ineligible; default the policy's `avoidRadiusMiles` (5). */
  radiusMiles: z.number().finite().positive().max(100).optional(),
});
/** @see {@link LocationToAvoid} */
export type LocationToAvoid = z.infer<typeof LocationToAvoid>;

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
export const Referral = strictObject({
  id: z.string().min(1).max(200),
  childId: z.string().min(1).max(200),
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
  siblingCount: z.number().int().nonnegative().max(19).default(0),
  /** Whether the siblings may be split if no setting can take them all. */
  siblingSplitAllowed: z.boolean().default(false),
  /** Family home (postcode sector). */
  home: ReferralLocation.optional(),
  closeToFamily: z.boolean().optional(),
  school: strictObject({ ...locationShape, mustContinue: z.boolean().default(false) }).optional(),
  importantLocations: z
    .array(strictObject({ ...locationShape, frequency: VisitFrequency }))
    .max(50)
    .default([]),
  /** Safeguarding: places to keep the child away from; a hard constraint (see {@link LocationToAvoid}). */
  locationsToAvoid: z.array(LocationToAvoid).max(50).default([]),
  /** Sectors or postcodes the placement should be near. */
  preferredLocation: ReferralLocation.optional(),
  communicationNeeds: z.enum(['yes', 'no', 'not-specified']).default('not-specified'),
  communicationRequirements: z.array(z.enum(['ESOL', 'BSL', 'Makaton', 'other'])).default([]),
  /** The child's first or preferred language (s22(5)(c): linguistic background). */
  language: z.string().max(100).optional(),
  culturalNeeds: z.enum(['required', 'not-required', 'not-known', 'other']).default('not-known'),
  /** Religious persuasion (s22(5)(c)). */
  faith: z.string().max(100).optional(),
  /** SSDA903 ETHNIC code (s22(5)(c): racial origin, cultural background); a soft factor, never a filter. */
  ethnicity: z.string().max(10).optional(),
  /** What the child has said they want (s22(4)(a), (5)(a)): a placement type; a soft factor. */
  wishes: strictObject({ placementGroup: PlacementGroup.optional() }).optional(),
  livingCompanions: z
    .enum(['solo', 'with-other-children', 'only-older', 'only-younger', 'no-preference'])
    .default('no-preference'),
  pets: z.enum(['must', 'can', 'no', 'not-known']).default('not-known'),
  homeAdaptation: z.boolean().default(false),
  additionalSupport: z.array(AdditionalSupport).max(10).default([]),
  staffingRatio: z.union([StaffingRatio, z.literal('not-specified')]).default('not-specified'),
  deprivationOfLiberty: z.boolean().default(false),
  /** A secure accommodation order (CA 1989 s25) is in place. */
  secureOrder: z.boolean().default(false),
  risks: z.array(Risk).max(20).default([]),
  /** SSDA903 CIN codes or disability codes the setting must meet. */
  needs: z.array(z.string().max(20)).max(50).default([]),
  /** PDS v2 PlacementRecommendation: `unsuitable` excludes the placement type. */
  suitability: strictObject({
    foster: Suitability.default('not-specified'),
    residential: Suitability.default('not-specified'),
    supportedAccommodation: Suitability.default('not-specified'),
  }).default({
    foster: 'not-specified',
    residential: 'not-specified',
    supportedAccommodation: 'not-specified',
  }),
  /** A hard limit on distance from home, in miles. */
  maxDistanceMiles: z.number().finite().positive().max(1000).optional(),
}).refine((r) => isPlausibleAge(r.dateOfBirth, r.neededBy), {
  message: 'The child must be aged 0 to 25 on the date the placement is needed.',
  path: ['dateOfBirth'],
});

function isPlausibleAge(dateOfBirth: string, neededBy: string): boolean {
  try {
    const age = ageOn(dateOfBirth, neededBy);
    return dateOfBirth <= neededBy && age <= 25;
  } catch {
    return true; // the date fields report their own issues
  }
}
/** @see {@link Referral} */
export type Referral = z.infer<typeof Referral>;
/**
 * A referral before defaults are applied: what callers may pass in.
 *
 * @example
 * const input: ReferralInput = { id: 'R1', childId: 'C1', dateOfBirth: '2011-09-01', sex: 'female', neededBy: '2025-01-10', urgency: 'today', responsibleAuthority: 'E08000035' };
 */
export type ReferralInput = z.input<typeof Referral>;

import * as z from 'zod';

// The code lists a referral shares with settings, in a module of their own so that code which only needs
// the lists (the matcher's column checks) does not pull in the whole Referral schema.

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
 * Additional support a referral asks for and a setting says it provides (PDS v2 `additionalSupport`).
 *
 * @example
 * AdditionalSupport.parse('therapeutic');
 */
export const AdditionalSupport = z.enum([
  'supervision',
  'therapeutic',
  'respite-worker',
  'school-transport',
  'other',
]);
/** @see {@link AdditionalSupport} */
export type AdditionalSupport = z.infer<typeof AdditionalSupport>;

/**
 * The placement groups of PDS v2 PlacementRecommendation: foster care, residential care, supported accommodation.
 *
 * @example
 * PlacementGroup.parse('foster');
 */
export const PlacementGroup = z.enum(['foster', 'residential', 'supported-accommodation']);
/** @see {@link PlacementGroup} */
export type PlacementGroup = z.infer<typeof PlacementGroup>;

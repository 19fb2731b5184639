import * as z from 'zod';
import { IsoDate } from './date.js';
import { strictObject } from './internal/strict-object.js';
import { OfstedJudgement } from './setting.js';

const weight = (value: number) => z.number().finite().min(0).max(100).default(value);
const miles = (value: number) => z.number().finite().positive().max(1000).default(value);
const multiplier = (value: number) => z.number().finite().min(1).max(100).default(value);

/**
 * The weights and thresholds a match is scored with, named and versioned so a council can show which policy
 * produced a ranking. Every field has a default, so a partial object (`{ weights: { cost: 0 } }`) is a
 * valid policy; files given to the CLI and the HTTP service must name `id` and `version`
 * (see {@link MatchPolicyFile}). Unknown keys are rejected with a suggestion; every number is bounded.
 *
 * Weights are relative (0–100): a vacancy's score is the weighted mean of the criteria that apply to it,
 * so doubling every weight changes nothing.
 *
 * @example
 * const policy = MatchPolicy.parse({ id: 'leeds-fostering', version: '2026-1', weights: { cost: 0 } });
 */
export const MatchPolicy = strictObject({
  /** Who wrote the policy and what it is for, e.g. `leeds-residential`. Default `custom`. */
  id: z.string().min(1).max(100).default('custom'),
  /** The policy's version, e.g. `2026-04` or `3`. Default `0`. */
  version: z.string().min(1).max(50).default('0'),
  weights: strictObject({
    /** Near home: s22C(7)(b) and (8)(a). The strongest single factor in most council matching policies. */
    distanceHome: weight(3),
    /** Near school (education continuity, s22C(8)(b)); multiplied by `schoolMustContinueMultiplier` when the child must stay. */
    distanceSchool: weight(2),
    /** Near the places the child visits, each weighted by how often. */
    importantLocations: weight(1),
    /** Near the location the referral prefers. */
    preferredLocation: weight(1),
    /** Inside the responsible authority's area: s22C(9). */
    ownAuthority: weight(1.5),
    /** Room for the whole sibling group: s22C(8)(c). Applies only when the referral has siblings. */
    siblingsTogether: weight(3),
    /** The referral's PlacementRecommendation and the s22C order of preference. */
    placementType: weight(3),
    /** Ofsted judgement, discounted as the inspection ages. */
    ofsted: weight(2),
    /** Weekly cost against a benchmark (only with a `costBenchmark` option). */
    cost: weight(1),
    /** Communication requirements (BSL, Makaton, ESOL…) and language: s22(5)(c) linguistic background. */
    communication: weight(2),
    /** Faith, when the referral records one: s22(5)(c) religious persuasion. */
    faith: weight(1),
    /** Whether the child can or must live with pets. */
    pets: weight(0.5),
    /** A home adapted for a disabled child: s22C(8)(d). */
    adaptations: weight(2),
    /** The minimum adult support ratio the referral asks for. */
    staffing: weight(2),
    /** The additional support asked for (supervision, therapeutic support, respite, school transport). */
    additionalSupport: weight(2),
    /** Carers sharing the child's ethnic and cultural background: s22(5)(c). */
    ethnicity: weight(1),
    /** The child's wishes about the placement type: s22(4)(a), (5)(a). */
    wishes: weight(2),
  }).prefault({}),
  /** Miles at which each distance criterion scores 0.5 (score = h / (h + miles)). */
  halfScoreMiles: strictObject({
    home: miles(10),
    school: miles(5),
    importantLocations: miles(10),
    preferredLocation: miles(10),
  }).prefault({}),
  /** Multiplies the school weight when the referral says the child must continue at the school. */
  schoolMustContinueMultiplier: multiplier(2),
  /** Multiplies the home weight when the referral asks for a placement close to family. */
  closeToFamilyMultiplier: multiplier(1.5),
  /**
   * The value a criterion takes when the referral asks for something the vacancy does not record. An unknown
   * Ofsted judgement scores the lower of this and a fresh `requires-improvement` (0.4).
   */
  unknownScore: z.number().finite().min(0).max(1).default(0.5),
  /** Ofsted judgements that make a vacancy ineligible. */
  excludeOfstedJudgements: z.array(OfstedJudgement).max(4).default(['inadequate']),
  /** A hard distance limit from home for every referral (a referral's own `maxDistanceMiles` also applies). */
  maxDistanceMiles: z.number().finite().positive().max(1000).optional(),
  /** Radius around each of a referral's `locationsToAvoid` inside which vacancies are ineligible, unless the location gives its own. */
  avoidRadiusMiles: z.number().finite().positive().max(100).default(5),
  /**
   * From this date a Welsh authority needs Welsh Ministers' approval to place with a for-profit provider of a
   * children's home, fostering service or secure accommodation, or a non-local-authority one in England
   * (Health and Social Care (Wales) Act 2025, "by 1 April 2030": the exact commencement is unconfirmed [S],
   * so it is configurable). A needs-approval finding, not a bar.
   */
  walesForProfitFrom: IsoDate.default('2030-04-01'),
});
/** @see {@link MatchPolicy} */
export type MatchPolicy = z.infer<typeof MatchPolicy>;
/**
 * A policy before defaults are applied: what callers may pass in.
 *
 * @example
 * const input: MatchPolicyInput = { weights: { cost: 0 } };
 */
export type MatchPolicyInput = z.input<typeof MatchPolicy>;

/**
 * A {@link MatchPolicy} as a file given to the CLI or the HTTP service: `id` and `version` are required, so
 * every ranking can say which policy made it. Published as `schema/MatchPolicy.schema.json`.
 *
 * @example
 * MatchPolicyFile.safeParse({ weights: { cost: 0 } }).success; // false: no id or version
 */
export const MatchPolicyFile = MatchPolicy.extend({
  id: z.string().min(1).max(100),
  version: z.string().min(1).max(50),
});
/** @see {@link MatchPolicyFile} */
export type MatchPolicyFile = z.infer<typeof MatchPolicyFile>;

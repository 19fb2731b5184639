import { IsoDate, OfstedJudgement } from '@placewise/model';
import * as z from 'zod';

const weight = (value: number) => z.number().finite().min(0).default(value);
const miles = (value: number) => z.number().finite().positive().default(value);

/**
 * The weights and thresholds a match is scored with. Every field has a default, so a partial object
 * (`{ weights: { cost: 0 } }`) is a valid policy; parse it with `MatchPolicy.parse` or pass it to
 * `matchReferral` as `policy`, which parses it. See {@link DEFAULT_POLICY} for what each default means.
 *
 * Weights are relative: a vacancy's score is the weighted mean of the criteria that apply to it,
 * so doubling every weight changes nothing.
 *
 * @example
 * const policy = MatchPolicy.parse({ weights: { cost: 0 }, maxDistanceMiles: 50 });
 */
export const MatchPolicy = z.object({
  weights: z
    .object({
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
      /** Communication requirements (BSL, Makaton, ESOL…) and language. */
      communication: weight(2),
      /** Faith, when the referral records cultural needs and a faith. */
      faith: weight(1),
      /** Whether the child can or must live with pets. */
      pets: weight(0.5),
      /** A home adapted for a disabled child: s22C(8)(d). */
      adaptations: weight(2),
      /** The minimum adult support ratio the referral asks for. */
      staffing: weight(2),
    })
    .prefault({}),
  /** Miles at which each distance criterion scores 0.5 (score = h / (h + miles)). */
  halfScoreMiles: z
    .object({
      home: miles(10),
      school: miles(5),
      importantLocations: miles(10),
      preferredLocation: miles(10),
    })
    .prefault({}),
  /** Multiplies the school weight when the referral says the child must continue at the school. */
  schoolMustContinueMultiplier: z.number().finite().min(1).default(2),
  /** Multiplies the home weight when the referral asks for a placement close to family. */
  closeToFamilyMultiplier: z.number().finite().min(1).default(1.5),
  /** The value a criterion takes when the referral asks for something the vacancy does not record. */
  unknownScore: z.number().min(0).max(1).default(0.5),
  /** Ofsted judgements that make a vacancy ineligible. */
  excludeOfstedJudgements: z.array(OfstedJudgement).default(['inadequate']),
  /** A hard distance limit from home for every referral (a referral's own `maxDistanceMiles` also applies). */
  maxDistanceMiles: z.number().positive().optional(),
  /**
   * From this date a Welsh authority may not place with a for-profit provider, nor with a non-local-authority
   * provider in England, without Welsh Ministers' approval (Health and Social Care (Wales) Act 2025,
   * "by 1 April 2030": the exact commencement is unconfirmed [S], so it is configurable).
   */
  walesForProfitFrom: IsoDate.default('2030-04-01'),
});
/** @see {@link MatchPolicy} */
export type MatchPolicy = z.infer<typeof MatchPolicy>;
/** A policy before defaults are applied: what callers may pass in. */
export type MatchPolicyInput = z.input<typeof MatchPolicy>;

/**
 * The default policy. The weights put the statutory placement qualities of CA 1989 s22C first (near home 3,
 * siblings together 3, placement type and order of preference 3, education continuity 2 — doubled when the
 * child must stay at the school — disabled children's adaptations 2), then quality and needs (Ofsted 2,
 * communication 2, staffing ratio 2), then inside the area 1.5, other locations, faith and cost 1, pets 0.5.
 * Distances score 0.5 at 10 miles from home (5 from school): the DfE reports placements more than 20 miles away.
 * Inadequate settings are excluded. Unknown vacancy data scores 0.5, neither a match nor a mismatch.
 *
 * @example
 * DEFAULT_POLICY.weights.distanceHome; // 3
 */
export const DEFAULT_POLICY: MatchPolicy = MatchPolicy.parse({});

import * as z from 'zod';
import { strictObject } from './internal/strict-object.js';
import { Issue } from './issue.js';
import { MatchPolicy } from './match-policy.js';

/**
 * Why a vacancy is not eligible for a referral: one code per hard constraint (the matcher's
 * `ELIGIBILITY_RULES` give each code's reason and legal basis).
 *
 * @example
 * EligibilityCode.parse('location-to-avoid');
 */
export const EligibilityCode = z.enum([
  'unlawful-setting-for-age',
  'unregistered-home',
  'secure-order-required',
  'youth-offender-institution',
  'age-range',
  'sex',
  'not-enough-places',
  'solo-placement-required',
  'solo-only-setting',
  'deprivation-of-liberty',
  'risk-not-accepted',
  'need-not-met',
  'fostering-limit',
  'not-available-by-date',
  'ofsted-judgement',
  'placement-type-unsuitable',
  'location-to-avoid',
  'too-far',
  'distance-unknown',
]);
/** @see {@link EligibilityCode} */
export type EligibilityCode = z.infer<typeof EligibilityCode>;

/**
 * Something an eligible vacancy needs before a placement can be made, not a bar: an approval.
 *
 * @example
 * FindingCode.parse('welsh-ministers-approval');
 */
export const FindingCode = z.enum(['welsh-ministers-approval']);
/** @see {@link FindingCode} */
export type FindingCode = z.infer<typeof FindingCode>;

/**
 * The soft criteria a vacancy is scored on, in the order explanations list them. Each gives a value in
 * 0..1 and carries a weight from the {@link MatchPolicy}.
 *
 * - `distance-home`, `distance-school`, `important-locations`, `preferred-location`: straight-line
 *   distance by the DfE method (near home, education not disrupted).
 * - `own-authority`: inside the responsible authority's area.
 * - `siblings-together`: room for the whole sibling group.
 * - `placement-type`: the referral's PlacementRecommendation and the order of preference.
 * - `ofsted`, `cost`, `communication`, `faith`, `pets`, `adaptations`, `staffing`, `additional-support`:
 *   the Placements Data Standard v2 requirements and quality measures.
 * - `ethnicity`, `wishes`: the child's background and wishes (CA 1989 s22(4)–(5)), never filters.
 *
 * @example
 * Criterion.options.length; // 17
 */
export const Criterion = z.enum([
  'distance-home',
  'distance-school',
  'important-locations',
  'preferred-location',
  'own-authority',
  'siblings-together',
  'placement-type',
  'ofsted',
  'cost',
  'communication',
  'faith',
  'pets',
  'adaptations',
  'staffing',
  'additional-support',
  'ethnicity',
  'wishes',
]);
/** @see {@link Criterion} */
export type Criterion = z.infer<typeof Criterion>;

/**
 * One criterion's part in a score. `weight` is 0 and `normalised` null when it does not apply.
 *
 * @example
 * CriterionExplanation.parse({ criterion: 'ofsted', weight: 2, raw: 'good', rawLabel: 'good (2024-06-01)', normalised: 0.8, contribution: 0.1, reason: 'Latest Ofsted judgement.' });
 */
export const CriterionExplanation = strictObject({
  criterion: Criterion,
  /** The weight used (after multipliers such as "must continue at school"). */
  weight: z.number().finite().min(0),
  /** The measured value: miles, a judgement, true/false, a cost percentile… or null if unknown. */
  raw: z.union([z.number(), z.string(), z.boolean(), z.null()]),
  rawLabel: z.string(),
  normalised: z.number().min(0).max(1).nullable(),
  /** weight × normalised ÷ the sum of weights that apply: the contributions add up to the score. */
  contribution: z.number().min(0).max(1),
  reason: z.string(),
});
/** @see {@link CriterionExplanation} */
export type CriterionExplanation = z.infer<typeof CriterionExplanation>;

/**
 * A failed hard constraint as reported in a match: code, plain-English reason and its basis.
 *
 * @example
 * MatchFailure.parse({ code: 'sex', reason: 'The setting does not take children of this sex.', basis: 'Registration terms.' });
 */
export const MatchFailure = strictObject({ code: EligibilityCode, reason: z.string(), basis: z.string() });
/** @see {@link MatchFailure} */
export type MatchFailure = z.infer<typeof MatchFailure>;

/**
 * An approval an eligible vacancy needs before a placement is made (a finding, not a bar).
 *
 * @example
 * MatchFinding.parse({ code: 'welsh-ministers-approval', reason: 'Needs approval.', basis: 'HSC(W)A 2025.' });
 */
export const MatchFinding = strictObject({ code: FindingCode, reason: z.string(), basis: z.string() });
/** @see {@link MatchFinding} */
export type MatchFinding = z.infer<typeof MatchFinding>;

/**
 * How one vacancy fares for the referral.
 *
 * @example
 * VacancyMatch.parse({ vacancyId: 'V1', eligible: true, score: 0.8, rank: 1, failures: [], findings: [], explanation: [] });
 */
export const VacancyMatch = strictObject({
  vacancyId: z.string(),
  eligible: z.boolean(),
  /** Weighted mean of the criteria that apply, 0..1 (6 dp); 0 for ineligible ones unless scored. */
  score: z.number().min(0).max(1),
  /** 1 = best; eligible vacancies only. */
  rank: z.number().int().positive().optional(),
  failures: z.array(MatchFailure),
  findings: z.array(MatchFinding),
  explanation: z.array(CriterionExplanation),
});
/** @see {@link VacancyMatch} */
export type VacancyMatch = z.infer<typeof VacancyMatch>;

/**
 * Which policy made a result: its id, version and a SHA-256 hash of its content with defaults applied.
 *
 * @example
 * PolicyStamp.parse({ id: 'custom', version: '0', hash: `sha256:${'0'.repeat(64)}` });
 */
export const PolicyStamp = strictObject({
  id: z.string(),
  version: z.string(),
  hash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
});
/** @see {@link PolicyStamp} */
export type PolicyStamp = z.infer<typeof PolicyStamp>;

/**
 * The result of matching one referral (`matchReferral`): every vacancy, eligible ones first by rank, and
 * the policy that made it. Published as `schema/MatchResult.schema.json`.
 *
 * @example
 * MatchResult.safeParse(JSON.parse(text)).success;
 */
export const MatchResult = strictObject({
  referralId: z.string(),
  results: z.array(VacancyMatch),
  eligibleCount: z.number().int().min(0),
  /** With `top` (the CLI's `--top`, the service's `top`), how many further vacancies were left out, by eligibility. */
  omitted: strictObject({
    eligible: z.number().int().min(0),
    ineligible: z.number().int().min(0),
  }).optional(),
  /** With `top`: how many vacancies were ranked in all, the results given and left out together. */
  vacancyCount: z.number().int().min(0).optional(),
  /** With `top`: how many ranked vacancies were left out (`omitted.eligible + omitted.ineligible`). */
  omittedCount: z.number().int().min(0).optional(),
  policy: MatchPolicy,
  policyStamp: PolicyStamp,
  issues: z.array(Issue),
});
/** @see {@link MatchResult} */
export type MatchResult = z.infer<typeof MatchResult>;

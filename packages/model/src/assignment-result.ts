import * as z from 'zod';
import { strictObject } from './internal/strict-object.js';
import { Issue } from './issue.js';
import { MatchPolicy } from './match-policy.js';
import { EligibilityCode, PolicyStamp } from './match-result.js';

/**
 * What a batch assignment optimises: `total` (Σ score × children placed) or `max-min` (the most children
 * placed, then the worst-off placed child's score, then the total).
 *
 * @example
 * AssignmentObjective.parse('max-min');
 */
export const AssignmentObjective = z.enum(['total', 'max-min']);
/** @see {@link AssignmentObjective} */
export type AssignmentObjective = z.infer<typeof AssignmentObjective>;

/**
 * One referral's children placed in one vacancy.
 *
 * @example
 * Assignment.parse({ referralId: 'R1', vacancyId: 'V1', places: 1, score: 0.8 });
 */
export const Assignment = strictObject({
  referralId: z.string(),
  vacancyId: z.string(),
  /** Children placed here (the referral's child and siblings). */
  places: z.number().int().positive().max(200),
  score: z.number().min(0).max(1),
});
/** @see {@link Assignment} */
export type Assignment = z.infer<typeof Assignment>;

/**
 * Why a referral's children were not (all) placed, and for how many vacancies that was the reason.
 *
 * @example
 * UnmatchedReason.parse({ code: 'places-taken', reason: 'Taken.', vacancies: 3 });
 */
export const UnmatchedReason = strictObject({
  code: z.union([EligibilityCode, z.literal('places-taken')]),
  reason: z.string(),
  vacancies: z.number().int().min(0),
});
/** @see {@link UnmatchedReason} */
export type UnmatchedReason = z.infer<typeof UnmatchedReason>;

/**
 * A referral with children left unplaced, and why.
 *
 * @example
 * UnmatchedReferral.parse({ referralId: 'R2', childrenUnplaced: 1, eligibleVacancies: 0, reasons: [] });
 */
export const UnmatchedReferral = strictObject({
  referralId: z.string(),
  childrenUnplaced: z.number().int().positive(),
  eligibleVacancies: z.number().int().min(0),
  reasons: z.array(UnmatchedReason),
});
/** @see {@link UnmatchedReferral} */
export type UnmatchedReferral = z.infer<typeof UnmatchedReferral>;

/**
 * An assignment's placements and totals.
 *
 * @example
 * AssignmentSummary.parse({ assignments: [], totalScore: 0, placedChildren: 0, placedReferrals: 0, unmatched: [] });
 */
export const AssignmentSummary = strictObject({
  assignments: z.array(Assignment),
  /** Σ score × children placed. */
  totalScore: z.number().min(0),
  placedChildren: z.number().int().min(0),
  placedReferrals: z.number().int().min(0),
  unmatched: z.array(UnmatchedReferral),
});
/** @see {@link AssignmentSummary} */
export type AssignmentSummary = z.infer<typeof AssignmentSummary>;

/**
 * For one referral: its best eligible score on its own, the score it was assigned (the lowest, if a split
 * group went to several vacancies), and the shortfall between them (the best score when unplaced; null when
 * nothing was eligible).
 *
 * @example
 * ChildOutcome.parse({ referralId: 'R1', children: 1, childrenPlaced: 1, bestScore: 0.9, assignedScore: 0.8, shortfall: 0.1 });
 */
export const ChildOutcome = strictObject({
  referralId: z.string(),
  children: z.number().int().positive().max(20),
  childrenPlaced: z.number().int().min(0).max(20),
  bestScore: z.number().min(0).max(1).nullable(),
  assignedScore: z.number().min(0).max(1).nullable(),
  shortfall: z.number().min(0).max(1).nullable(),
});
/** @see {@link ChildOutcome} */
export type ChildOutcome = z.infer<typeof ChildOutcome>;

/**
 * The result of a batch assignment (`assignPlacements`), labelled decision support: the assignment, its
 * total, an upper bound and the optimality gap, each child's shortfall, the greedy baseline and the policy
 * that made it. Published as `schema/AssignmentResult.schema.json`.
 *
 * @example
 * AssignmentResult.safeParse(JSON.parse(text)).success;
 */
export const AssignmentResult = strictObject({
  /** Says the result is decision support and why each child's shortfall matters. */
  notice: z.string(),
  objective: AssignmentObjective,
  ...AssignmentSummary.shape,
  children: z.array(ChildOutcome),
  /** The lowest score of any child placed (0 when none is); `max-min` first places as many as it can. */
  worstScore: z.number().min(0).max(1),
  /** No assignment's total can exceed this (equal to the total when proven optimal). */
  upperBound: z.number().min(0),
  /** (upperBound − totalScore) ÷ upperBound: 0 when proven optimal. */
  gap: z.number().min(0).max(1),
  optimal: z.boolean(),
  stoppedBy: z.enum(['optimal', 'time-limit', 'node-limit']),
  /** Flow relaxations solved. */
  relaxations: z.number().int().min(0),
  greedy: AssignmentSummary,
  policy: MatchPolicy,
  policyStamp: PolicyStamp,
  issues: z.array(Issue),
});
/** @see {@link AssignmentResult} */
export type AssignmentResult = z.infer<typeof AssignmentResult>;

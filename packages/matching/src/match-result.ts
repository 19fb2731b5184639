import type { Issue } from '@placewise/model';
import type { Criterion } from './criterion.js';
import type { EligibilityCode } from './eligibility.js';
import type { MatchPolicy } from './policy.js';

/** One criterion's part in a score. `weight` is 0 and `normalised` null when it does not apply. */
export interface CriterionExplanation {
  readonly criterion: Criterion;
  /** The weight used (after multipliers such as "must continue at school"). */
  readonly weight: number;
  /** The measured value: miles, a judgement, true/false, a cost percentile… or null if unknown. */
  readonly raw: number | string | boolean | null;
  /** The raw value for people, e.g. `12.4 miles`. */
  readonly rawLabel: string;
  /** The criterion's value in 0..1. */
  readonly normalised: number | null;
  /** weight × normalised ÷ the sum of weights that apply: the contributions add up to the score. */
  readonly contribution: number;
  readonly reason: string;
}

/** A failed hard constraint as reported in a match. */
export interface MatchFailure {
  readonly code: EligibilityCode;
  readonly reason: string;
  readonly basis: string;
}

/** How one vacancy fares for the referral. */
export interface VacancyMatch {
  readonly vacancyId: string;
  readonly eligible: boolean;
  /** Weighted mean of the criteria that apply, 0..1 (6 dp); 0 for ineligible ones unless `scoreIneligible`. */
  readonly score: number;
  /** 1 = best; eligible vacancies only. */
  readonly rank?: number;
  /** The hard constraints this vacancy fails (empty when eligible). */
  readonly failures: readonly MatchFailure[];
  /** Per-criterion explanation; empty beyond the `explain` limit. */
  readonly explanation: readonly CriterionExplanation[];
}

/** The result of `matchReferral`: every vacancy, eligible ones first by rank, then the rest by id. */
export interface MatchResult {
  readonly referralId: string;
  readonly results: readonly VacancyMatch[];
  readonly eligibleCount: number;
  readonly policy: MatchPolicy;
  /** Policy or location problems found (e.g. a postcode that could not be located). */
  readonly issues: readonly Issue[];
}

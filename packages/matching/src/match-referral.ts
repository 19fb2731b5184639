import type {
  Issue,
  MatchPolicyInput,
  MatchResult,
  PostcodeLocator,
  Referral,
  Vacancy,
  VacancyMatch,
} from '@placewise/model';
import { checkAll } from './internal/check-all.js';
import {
  B,
  checkFindings,
  type EligibilityContext,
  eligibilityContext,
} from './internal/check-eligibility.js';
import { type CompiledReferral, compileReferral } from './internal/compiled-referral.js';
import { createScorer, evaluateCriteria, type Scorer } from './internal/evaluate-criteria.js';
import { explainCriteria } from './internal/explain-criteria.js';
import { failureListsFor, failuresOf, findingsOf } from './internal/failures.js';
import { rankByScore } from './internal/rank-by-score.js';
import { resolvePolicy } from './internal/resolve-policy.js';
import { scoreVacancies } from './internal/score-vacancies.js';
import { releaseScratch, type Scratch, takeScratch } from './internal/scratch.js';
import { stampPolicy } from './policy-stamp.js';
import { type PreparedVacancies, prepareVacancies } from './prepare-vacancies.js';

/** Options for {@link matchReferral} (and, through them, `assignPlacements`). */
export interface MatchReferralOptions {
  /** Weights and thresholds; partial objects are filled from `DEFAULT_POLICY`. */
  policy?: MatchPolicyInput;
  /** Locates the referral's postcodes (and the settings', when vacancies are not prepared). */
  locator?: PostcodeLocator;
  /**
   * The vacancy's weekly cost against a benchmark, e.g. from `@placewise/costs`: a percentile in 0..1
   * (score = 1 − percentile) or, with `costBenchmarkKind: 'ratio'`, cost ÷ benchmark (score = 1.5 − ratio,
   * clamped: half the benchmark or less scores 1, 1.5 × or more scores 0). Undefined = unknown.
   */
  costBenchmark?: (vacancy: Vacancy, referral: Referral) => number | undefined;
  /** How to read `costBenchmark`'s number. Default `'percentile'`. */
  costBenchmarkKind?: 'percentile' | 'ratio';
  /** Build explanations for the top N eligible vacancies (default 10) or for every vacancy (`'all'`). */
  explain?: 'all' | number;
  /**
   * Score ineligible vacancies too (what they would score were the constraints lifted). Default false:
   * they score 0, which keeps ranking fast. `explain: 'all'` implies true.
   */
  scoreIneligible?: boolean;
}

/**
 * Matches one referral against vacancies: checks every hard constraint, scores every vacancy on the soft
 * criteria and ranks the eligible ones.
 *
 * The score is the weighted mean of the criteria that apply. A criterion the referral does not ask about
 * (no school, no pets requirement) is left out of the mean for every vacancy; one the referral asks about
 * but the vacancy does not record scores the policy's `unknownScore` (0.5). Ties in score break by vacancy
 * id (code-unit order), and vacancies are sorted by id first, so input order never changes the result.
 *
 * @param referral - A referral parsed with the model's `Referral` schema.
 * @param vacancies - Vacancies, or the reusable index from `prepareVacancies` (much faster for many referrals).
 * @returns Every vacancy (eligible ones ranked first), with failures, scores and explanations.
 * @example
 * const result = matchReferral(referral, prepareVacancies(vacancies, { locator }), { locator });
 * result.results[0]; // { vacancyId: 'V12', eligible: true, score: 0.83, rank: 1, failures: [], explanation: [...] }
 */
export function matchReferral(
  referral: Referral,
  vacancies: readonly Vacancy[] | PreparedVacancies,
  options: MatchReferralOptions = {},
): MatchResult {
  const prepared =
    'kind' in vacancies ? vacancies : prepareVacancies(vacancies, withLocator(options.locator));
  const { policy, issues: policyIssues } = resolvePolicy(options.policy);
  const c = prepared.columns;
  const r = compileReferral(referral, c.authorityIds, options.locator, policy);
  const scorer = createScorer(policy, c, referral, options);
  const ctx = eligibilityContext(policy);
  const scratch = takeScratch(c);
  let ranking: Ranking;
  try {
    ranking = rankVacancies(r, c, ctx, scorer, options, scratch);
  } finally {
    releaseScratch(scratch);
  }
  // Issues from an index the caller built are theirs already; report them when we built it here.
  const issues: Issue[] = [...policyIssues, ...(prepared === vacancies ? [] : prepared.issues), ...r.issues];
  return {
    referralId: r.id,
    results: ranking.results,
    eligibleCount: ranking.count,
    policy,
    policyStamp: stampPolicy(policy),
    issues,
  };
}

interface Ranking {
  readonly results: VacancyMatch[];
  readonly count: number;
}

/** Checks, scores and ranks every vacancy for the compiled referral, working in `scratch`. */
function rankVacancies(
  r: CompiledReferral,
  c: PreparedVacancies['columns'],
  ctx: EligibilityContext,
  scorer: Scorer,
  options: MatchReferralOptions,
  scratch: Scratch,
): Ranking {
  const n = c.size;
  const { fails, eligible, scores } = scratch;
  // Hard constraints column by column over the index; only the eligible are scored (unless asked).
  const count = checkAll(r, c, ctx, fails, eligible);
  const scoreAll = options.scoreIneligible === true || options.explain === 'all';
  if (scoreAll) {
    const every = Int32Array.from({ length: n }, (_, i) => i);
    scoreVacancies(r, c, scorer, every, n, scores);
  } else scoreVacancies(r, c, scorer, eligible, count, scores);
  const ranked = rankByScore(eligible, count, scores, scratch);
  const limit = options.explain === 'all' ? n : Math.max(0, options.explain ?? 10);
  const results: VacancyMatch[] = new Array(n);
  for (let k = 0; k < count; k++) {
    const i = ranked[k] as number;
    results[k] = {
      vacancyId: c.ids[i] as string,
      eligible: true,
      score: scores[i] as number,
      rank: k + 1,
      failures: NONE,
      findings: findingsOf(checkFindings(r, c, i, ctx)),
      explanation: k < limit ? explain(r, c.vacancies[i] as Vacancy, i, scorer, c) : NONE,
    };
  }
  const failureList = failureListsFor(r.nation);
  let k = count;
  for (let i = 0; i < n; i++) {
    const fail = fails[i] as number;
    if (fail === 0) continue;
    results[k++] = {
      vacancyId: c.ids[i] as string,
      eligible: false,
      // Scratch scores are only this call's for the vacancies scored: the rest score 0.
      score: scoreAll ? (scores[i] as number) : 0,
      failures: fail & B.avoid ? failuresOf(fail, r, c, i) : failureList(fail),
      findings: NONE,
      explanation: limit >= n ? explain(r, c.vacancies[i] as Vacancy, i, scorer, c) : NONE,
    };
  }
  return { results, count };
}

function explain(r: CompiledReferral, v: Vacancy, i: number, s: Scorer, c: PreparedVacancies['columns']) {
  evaluateCriteria(r, c, i, s);
  return explainCriteria(r, v, s);
}

const NONE: never[] = [];

function withLocator(locator: PostcodeLocator | undefined) {
  return locator ? { locator } : {};
}

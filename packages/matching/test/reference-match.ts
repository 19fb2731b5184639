import type { MatchResult, Referral, Vacancy, VacancyMatch } from '@placewise/model';
import { checkEligibility, checkFindings, eligibilityContext } from '../src/internal/check-eligibility.js';
import { compileReferral } from '../src/internal/compiled-referral.js';
import { createScorer, evaluateCriteria } from '../src/internal/evaluate-criteria.js';
import { explainCriteria } from '../src/internal/explain-criteria.js';
import { failuresOf, findingsOf } from '../src/internal/failures.js';
import { resolvePolicy } from '../src/internal/resolve-policy.js';
import type { MatchReferralOptions } from '../src/match-referral.js';
import { stampPolicy } from '../src/policy-stamp.js';
import { prepareVacancies } from '../src/prepare-vacancies.js';

/**
 * The matcher written the slow, obvious way, for tests to hold `matchReferral`'s fast path to: every
 * constraint checked one vacancy at a time (`checkEligibility`), every criterion through the scorer's
 * scratch arrays (`evaluateCriteria`), and a comparison sort by score (descending), then vacancy id.
 */
export function referenceMatch(
  referral: Referral,
  vacancies: readonly Vacancy[],
  options: MatchReferralOptions = {},
): MatchResult {
  const prepared = prepareVacancies(vacancies, options.locator ? { locator: options.locator } : {});
  const { policy, issues: policyIssues } = resolvePolicy(options.policy);
  const c = prepared.columns;
  const r = compileReferral(referral, c.authorityIds, options.locator, policy);
  const scorer = createScorer(policy, c, referral, options);
  const ctx = eligibilityContext(policy);
  const scoreAll = options.scoreIneligible === true || options.explain === 'all';
  const rows = c.ids.map((id, i) => {
    const fail = checkEligibility(r, c, i, ctx);
    const score = fail === 0 || scoreAll ? evaluateCriteria(r, c, i, scorer) : 0;
    return { id, i, fail, score };
  });
  const eligible = rows
    .filter((x) => x.fail === 0)
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : a.i - b.i));
  const limit = options.explain === 'all' ? c.size : Math.max(0, options.explain ?? 10);
  const explain = (i: number) => {
    evaluateCriteria(r, c, i, scorer);
    return explainCriteria(r, c.vacancies[i] as Vacancy, scorer);
  };
  const results: VacancyMatch[] = [
    ...eligible.map((x, k) => ({
      vacancyId: x.id,
      eligible: true,
      score: x.score,
      rank: k + 1,
      failures: [],
      findings: findingsOf(checkFindings(r, c, x.i, ctx)),
      explanation: k < limit ? explain(x.i) : [],
    })),
    ...rows
      .filter((x) => x.fail !== 0)
      .map((x) => ({
        vacancyId: x.id,
        eligible: false,
        score: x.score,
        failures: failuresOf(x.fail, r, c, x.i),
        findings: [],
        explanation: limit >= c.size ? explain(x.i) : [],
      })),
  ];
  return {
    referralId: referral.id,
    results,
    eligibleCount: eligible.length,
    policy,
    policyStamp: stampPolicy(policy),
    issues: [...policyIssues, ...prepared.issues, ...r.issues],
  };
}

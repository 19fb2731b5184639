import type { AssignmentResult, Issue, Referral, Vacancy } from '@placewise/model';
import { EligibilityCode } from './eligibility.js';
import {
  type AssignmentProblem,
  type AssignmentSolution,
  relaxedObjective,
  solveGreedy,
  solveRelaxation,
} from './internal/assignment-problem.js';
import { branchAndBound, type SearchLimits } from './internal/branch-and-bound.js';
import { buildCandidates, type Candidates } from './internal/build-candidates.js';
import { RULE_COUNT } from './internal/check-eligibility.js';
import { failureListOf } from './internal/failures.js';
import { solveMaxMin } from './internal/max-min.js';
import { resolvePolicy } from './internal/resolve-policy.js';
import type { MatchReferralOptions } from './match-referral.js';
import { stampPolicy } from './policy-stamp.js';
import { type PreparedVacancies, prepareVacancies } from './prepare-vacancies.js';

export type {
  Assignment,
  AssignmentObjective,
  AssignmentResult,
  AssignmentSummary,
  ChildOutcome,
  UnmatchedReason,
  UnmatchedReferral,
} from '@placewise/model';

type Summary = AssignmentResult['greedy'];
type Unmatched = Summary['unmatched'][number];
type Reason = Unmatched['reasons'][number];

/** Options for {@link assignPlacements}: the matching options plus the objective, fairness and limits. */
export interface AssignPlacementsOptions extends Omit<MatchReferralOptions, 'explain' | 'scoreIneligible'> {
  /**
   * `'total'` (default) maximises Σ score × children placed. `'max-min'` is lexicographic: first as many
   * children placed as can be (an unplaced child is the worst off), then the lowest score of any placed
   * child (`worstScore`) as high as it can be, then the total.
   */
  objective?: 'total' | 'max-min';
  /**
   * With `objective: 'total'`: `'urgency'` places children needed today first, then within 5 days, then
   * the rest (lexicographic); `'none'` (default) simply maximises the total score.
   */
  fairness?: 'none' | 'urgency';
  /**
   * Milliseconds the whole call may take (default 5,000). It always returns within it (given the time to
   * check each referral once) with the best assignment found, an upper bound on the total and the gap.
   */
  timeLimitMs?: number;
  /** Most flow relaxations the sibling-group search may solve (default: no limit but the time). */
  maxBranchNodes?: number;
}

const NOTICE =
  'Decision support, not a decision: this assignment makes the chosen total as high as it can, but the law asks for the most appropriate placement for each child (Children Act 1989 s22C(5)). Check each child’s shortfall against their own best eligible vacancy before acting.';

/**
 * Assigns many referrals to vacancies at once, as decision support: maximising the total score
 * (score × children placed) or, with `objective: 'max-min'`, the worst-off child's score and then the
 * total, subject to each vacancy's free places, each sibling group in one vacancy unless its referral
 * allows a split. For each referral it reports how far its assigned score falls short of its own best
 * eligible score (`children[].shortfall`), since s22C(5) asks what is best for each child.
 *
 * Method: eligibility prunes each referral's candidates, and each list is cut to its best vacancies until
 * the others could no longer fill them all (an optimum survives the cut). A min-cost flow solves the
 * problem with groups relaxed into single children (exact without groups). Where a group splits, a
 * Lagrangian search (one exact knapsack per vacancy, its picks repaired into whole assignments and improved
 * by local search) and a branch and bound restore whole groups, stopping at `timeLimitMs` with the best
 * found, `upperBound` (the lower of the flow's and the Lagrangian bound) and `gap`.
 * The greedy baseline is reported beside it. Input order never changes the result (unless the time limit
 * cuts the search short).
 *
 * @example
 * const result = assignPlacements(referrals, prepareVacancies(vacancies, { locator }), { locator, timeLimitMs: 2000 });
 * result.gap; // 0 when proven optimal
 */
export function assignPlacements(
  referrals: readonly Referral[],
  vacancies: readonly Vacancy[] | PreparedVacancies,
  options: AssignPlacementsOptions = {},
): AssignmentResult {
  const now = () => globalThis.performance.now();
  const started = now();
  const timeLimitMs = Math.max(0, options.timeLimitMs ?? 5000);
  // Checking referrals and the search get 90% of the budget; the rest is kept for summarising the result.
  const deadline = started + timeLimitMs * 0.9;
  const prepared =
    'kind' in vacancies
      ? vacancies
      : prepareVacancies(vacancies, options.locator ? { locator: options.locator } : {});
  const { policy, issues } = resolvePolicy(options.policy);
  const objective = options.objective ?? 'total';
  const built = buildCandidates(referrals, prepared, policy, {
    ...options,
    fairness: objective === 'total' ? options.fairness : 'none',
    deadline,
    now,
  });
  const p = built.problem;
  const limits: SearchLimits = {
    maxNodes: options.maxBranchNodes ?? Number.POSITIVE_INFINITY,
    deadline,
    now,
  };
  // Under urgency the search's bound counts the tier bonuses: the bound on the score alone is one more
  // flow, solved before the search so that the time limit holds.
  const urgency = objective === 'total' && options.fairness === 'urgency';
  const scoreBound = urgency ? relaxedObjective(noBonus(p), solveRelaxation(noBonus(p)).flow) : 0;
  const maxMin = objective === 'max-min' ? solveMaxMin(p, limits) : undefined;
  const search = maxMin?.search ?? branchAndBound(p, limits);
  const solution: AssignmentSolution = maxMin?.solution ?? search.solution;
  const summary = summariseSolution(built, solution);
  const skipped = skippedDemand(built);
  let bound: number;
  if (maxMin) bound = maxMin.restrictedBound / p.scale;
  else if (!urgency) bound = search.bound / p.scale;
  else if (search.optimal) bound = summary.totalScore;
  else bound = scoreBound / p.scale;
  const upperBound = round6(Math.max(summary.totalScore, bound + skipped));
  const optimal = (maxMin ? maxMin.proven : search.optimal) && built.skipped === 0;
  const timeIssues: Issue[] =
    built.skipped > 0
      ? [
          {
            code: 'matching.time-limit-referrals-unchecked',
            severity: 'warning',
            message: `The time limit ran out before ${built.skipped} referral(s) could be checked; they are left unplaced. Raise timeLimitMs.`,
            location: { path: ['referrals'] },
          },
        ]
      : [];
  return {
    notice: NOTICE,
    objective,
    ...summary,
    children: childOutcomes(built, solution),
    worstScore: worstScore(built, solution),
    upperBound,
    gap: upperBound > 0 ? round6((upperBound - summary.totalScore) / upperBound) : 0,
    optimal,
    stoppedBy: built.skipped > 0 ? 'time-limit' : search.stoppedBy,
    relaxations: search.nodes,
    greedy: summariseSolution(built, solveGreedy(p)),
    policy,
    policyStamp: stampPolicy(policy),
    issues: [...issues, ...(prepared === vacancies ? [] : prepared.issues), ...built.issues, ...timeIssues],
  };
}

function noBonus(p: AssignmentProblem): AssignmentProblem {
  return { ...p, bonus: new Float64Array(p.referrals) };
}

function skippedDemand(built: Candidates): number {
  // Skipped referrals are the last ones checked, in id order: those with no tally and no candidates.
  const p = built.problem;
  let n = 0;
  for (let r = p.referrals - built.skipped; r < p.referrals; r++) n += p.demand[r] as number;
  return n;
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function assignedScores(built: Candidates, s: AssignmentSolution, r: number): number {
  const p = built.problem;
  let worst = Number.NaN;
  for (let e = p.start[r] as number; e < (p.start[r + 1] as number); e++) {
    if ((s.units[e] as number) === 0) continue;
    const score = (p.value[e] as number) / p.scale;
    if (!(score >= worst)) worst = score;
  }
  return worst;
}

function childOutcomes(built: Candidates, s: AssignmentSolution): AssignmentResult['children'] {
  const p = built.problem;
  return built.ids.map((referralId, r) => {
    let placed = 0;
    for (let e = p.start[r] as number; e < (p.start[r + 1] as number); e++) placed += s.units[e] as number;
    const best = built.bestScores[r] as number;
    const assigned = assignedScores(built, s, r);
    const bestScore = Number.isNaN(best) ? null : best;
    const assignedScore = Number.isNaN(assigned) ? null : assigned;
    return {
      referralId,
      children: p.demand[r] as number,
      childrenPlaced: placed,
      bestScore,
      assignedScore,
      shortfall: bestScore === null ? null : round6(bestScore - (assignedScore ?? 0)),
    };
  });
}

/** The lowest score of any child placed (0 when none is). */
function worstScore(built: Candidates, s: AssignmentSolution): number {
  let worst = Number.POSITIVE_INFINITY;
  for (let r = 0; r < built.problem.referrals; r++) {
    const assigned = assignedScores(built, s, r); // NaN (never lower) when r has no child placed
    if (assigned < worst) worst = assigned;
  }
  return worst === Number.POSITIVE_INFINITY ? 0 : worst;
}

function summariseSolution(built: Candidates, s: AssignmentSolution): Summary {
  const p = built.problem;
  const assignments: Summary['assignments'][number][] = [];
  const unmatched: Unmatched[] = [];
  let total = 0;
  let children = 0;
  let placedReferrals = 0;
  for (let r = 0; r < p.referrals; r++) {
    let placed = 0;
    for (let e = p.start[r] as number; e < (p.start[r + 1] as number); e++) {
      const u = s.units[e] as number;
      if (u === 0) continue;
      const score = (p.value[e] as number) / p.scale;
      assignments.push({
        referralId: built.ids[r] as string,
        vacancyId: built.vacancyIds[p.vacancy[e] as number] as string,
        places: u,
        score,
      });
      placed += u;
      total += u * score;
    }
    children += placed;
    if (placed > 0) placedReferrals++;
    const left = (p.demand[r] as number) - placed;
    if (left > 0) unmatched.push(unmatchedOf(built, r, left));
  }
  return { assignments, totalScore: round6(total), placedChildren: children, placedReferrals, unmatched };
}

function unmatchedOf(built: Candidates, r: number, left: number): Unmatched {
  const eligible = built.eligibleCounts[r] as number;
  const reasons: Reason[] = [];
  if (eligible > 0) {
    reasons.push({
      code: 'places-taken',
      reason: 'Every eligible vacancy with room was given to other referrals under the chosen objective.',
      vacancies: eligible,
    });
  } else {
    const tally = built.failureTallies.subarray(r * RULE_COUNT, r * RULE_COUNT + RULE_COUNT);
    const rules = failureListOf(2 ** RULE_COUNT - 1, built.nations[r] ?? 'england');
    tally.forEach((count, b) => {
      const rule = rules[b];
      if (count > 0 && rule) reasons.push({ code: rule.code, reason: rule.reason, vacancies: count });
    });
    reasons.sort(
      (a, b) =>
        b.vacancies - a.vacancies ||
        EligibilityCode.options.indexOf(a.code as EligibilityCode) -
          EligibilityCode.options.indexOf(b.code as EligibilityCode),
    );
  }
  return { referralId: built.ids[r] as string, childrenUnplaced: left, eligibleVacancies: eligible, reasons };
}

import type { Issue, Referral, Vacancy } from '@placewise/model';
import { EligibilityCode } from './eligibility.js';
import {
  type AssignmentProblem,
  type AssignmentSolution,
  solveGreedy,
} from './internal/assignment-problem.js';
import { branchAndBound } from './internal/branch-and-bound.js';
import { buildCandidates } from './internal/build-candidates.js';
import { resolvePolicy } from './internal/resolve-policy.js';
import type { MatchReferralOptions } from './match-referral.js';
import { type PreparedVacancies, prepareVacancies } from './prepare-vacancies.js';

/** Options for {@link assignPlacements}: the matching options plus fairness and a search limit. */
export interface AssignPlacementsOptions extends Omit<MatchReferralOptions, 'explain' | 'scoreIneligible'> {
  /**
   * `'urgency'` places children needed today first, then within 5 days, then the rest (lexicographic:
   * no amount of score among less urgent referrals outweighs one more urgent child placed); `'none'`
   * (default) simply maximises the total score.
   */
  fairness?: 'none' | 'urgency';
  /** Most flow relaxations the sibling-group search may solve before settling (default 2000). */
  maxBranchNodes?: number;
}

/** One referral's children placed in one vacancy. */
export interface Assignment {
  readonly referralId: string;
  readonly vacancyId: string;
  /** Children placed here (the referral's child and siblings). */
  readonly places: number;
  readonly score: number;
}

/** Why a referral's children were not (all) placed. */
export interface UnmatchedReason {
  readonly code: EligibilityCode | 'places-taken';
  readonly reason: string;
  /** How many vacancies this reason applies to. */
  readonly vacancies: number;
}

/** A referral with children left unplaced, and why. */
export interface UnmatchedReferral {
  readonly referralId: string;
  readonly childrenUnplaced: number;
  readonly eligibleVacancies: number;
  readonly reasons: readonly UnmatchedReason[];
}

/** An assignment's placements and totals. */
export interface AssignmentSummary {
  readonly assignments: readonly Assignment[];
  /** Σ score × children placed. */
  readonly totalScore: number;
  readonly placedChildren: number;
  readonly placedReferrals: number;
  readonly unmatched: readonly UnmatchedReferral[];
}

/** The result of {@link assignPlacements}: the optimal assignment, and the greedy one beside it. */
export interface AssignmentResult extends AssignmentSummary {
  /** False only if the sibling-group search hit `maxBranchNodes`: then it is the best found, not proven best. */
  readonly optimal: boolean;
  /** Flow relaxations solved (1 when no sibling group had to be branched on). */
  readonly relaxations: number;
  readonly greedy: AssignmentSummary;
  readonly issues: readonly Issue[];
}

/**
 * Assigns many referrals to vacancies at once, maximising the total score (score × children placed)
 * subject to each vacancy's free places, with each sibling group in one vacancy unless its referral allows
 * a split (then its children may go to different vacancies, each scored with the referral's score there).
 *
 * Method: eligibility prunes each referral's candidates, and each list is cut to its best vacancies
 * (by score, then id) until the others — D − d children at most, D = children in all referrals and d this
 * group's size — could not block them all: a vacancy of c places is blocked only by c − d + 1 or more of
 * them, so the list stops once Σ (c − d + 1) exceeds D − d. One kept vacancy then always has room for a
 * group placed further down its list, and moving the group there cannot lower the total, so an optimum
 * survives the cut. A min-cost flow (successive shortest paths with potentials) solves the problem with
 * groups relaxed into single children; if a group splits, a branch and bound on "the whole group in
 * vacancy v, or none of it" restores it exactly, each branch re-optimising its parent's flow (`optimal`
 * says whether the search finished). The greedy baseline — referrals in priority order take their best
 * vacancy with room — is reported beside it.
 * Referrals are sorted by id and vacancies prepared by id, so input order never changes the result.
 *
 * @example
 * const result = assignPlacements(referrals, prepareVacancies(vacancies, { locator }), { locator, fairness: 'urgency' });
 * result.totalScore >= result.greedy.totalScore; // true
 */
export function assignPlacements(
  referrals: readonly Referral[],
  vacancies: readonly Vacancy[] | PreparedVacancies,
  options: AssignPlacementsOptions = {},
): AssignmentResult {
  const prepared =
    'kind' in vacancies
      ? vacancies
      : prepareVacancies(vacancies, options.locator ? { locator: options.locator } : {});
  const { policy, issues } = resolvePolicy(options.policy);
  const built = buildCandidates(referrals, prepared, policy, options);
  const { solution, optimal, nodes } = branchAndBound(built.problem, options.maxBranchNodes ?? 2000);
  const summarise = (s: AssignmentSolution) => summariseSolution(built, s);
  return {
    ...summarise(solution),
    optimal,
    relaxations: nodes,
    greedy: summarise(solveGreedy(built.problem)),
    issues: [...issues, ...(prepared === vacancies ? [] : prepared.issues), ...built.issues],
  };
}

function summariseSolution(
  built: ReturnType<typeof buildCandidates>,
  s: AssignmentSolution,
): AssignmentSummary {
  const p: AssignmentProblem = built.problem;
  const assignments: Assignment[] = [];
  const unmatched: UnmatchedReferral[] = [];
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
  return {
    assignments,
    totalScore: Math.round(total * 1e6) / 1e6,
    placedChildren: children,
    placedReferrals,
    unmatched,
  };
}

function unmatchedOf(built: ReturnType<typeof buildCandidates>, r: number, left: number): UnmatchedReferral {
  const eligible = built.eligibleCounts[r] as number;
  const reasons: UnmatchedReason[] = [];
  if (eligible > 0) {
    reasons.push({
      code: 'places-taken',
      reason:
        'Every eligible vacancy with room was given to other referrals: this assignment has the highest total score.',
      vacancies: eligible,
    });
  } else {
    const tally = built.failureTallies.subarray(r * 16, r * 16 + 16);
    tally.forEach((count, b) => {
      if (count > 0) {
        const rule = built.rules[b];
        if (rule) reasons.push({ code: rule.code, reason: rule.reason, vacancies: count });
      }
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

import type { Issue, MatchPolicy, PostcodeLocator, Referral } from '@placewise/model';
import type { PreparedVacancies } from '../prepare-vacancies.js';
import type { AssignmentProblem } from './assignment-problem.js';
import { checkEligibility, eligibilityContext, RULE_COUNT } from './check-eligibility.js';
import { compileReferral } from './compiled-referral.js';
import { createScorer, evaluateCriteria, type ScorerOptions } from './evaluate-criteria.js';

const SCALE = 1_000_000;
const INDEX_SPAN = 2 ** 24;
const TIER: Record<string, number> = { today: 2, 'within-5-days': 1, 'more-than-5-days': 0 };

/** The assignment problem for a set of referrals, with what is needed to report on it. */
export interface Candidates {
  readonly problem: AssignmentProblem;
  readonly ids: readonly string[];
  readonly vacancyIds: readonly string[];
  readonly eligibleCounts: Int32Array;
  /** Per referral, {@link RULE_COUNT} counts: vacancies failing each eligibility rule. */
  readonly failureTallies: Int32Array;
  /** Per referral, the nation whose rules were applied. */
  readonly nations: readonly Referral['nation'][];
  /** Per referral, its best eligible score (NaN when none is eligible). */
  readonly bestScores: Float64Array;
  /** Referrals not checked because the time limit ran out while building candidates. */
  readonly skipped: number;
  readonly issues: readonly Issue[];
}

/** What {@link buildCandidates} needs besides the referrals and vacancies. */
export interface BuildCandidatesOptions extends ScorerOptions {
  locator?: PostcodeLocator | undefined;
  fairness?: 'none' | 'urgency' | undefined;
  /** Stop checking further referrals once `now()` passes this (they get no candidates). */
  deadline?: number;
  now?: () => number;
}

/**
 * Checks and scores every referral against every vacancy and keeps, per referral, its eligible vacancies
 * best first, cut where the others could no longer fill them all (see `assignPlacements` for why that
 * keeps an optimum).
 */
export function buildCandidates(
  referrals: readonly Referral[],
  prepared: PreparedVacancies,
  policy: MatchPolicy,
  options: BuildCandidatesOptions,
): Candidates {
  const issues: Issue[] = [];
  const sorted = referrals.map((referral, input) => ({ referral, input }));
  sorted.sort(
    (a, b) =>
      compare(a.referral.id, b.referral.id) ||
      compare(JSON.stringify(a.referral), JSON.stringify(b.referral)),
  );
  const c = prepared.columns;
  const nR = sorted.length;
  const demand = Int32Array.from(sorted, (s) => (s.referral.siblingCount ?? 0) + 1);
  const total = demand.reduce((a, b) => a + b, 0);
  if (c.size >= INDEX_SPAN) throw new RangeError('assignPlacements handles at most 16,777,215 vacancies.');
  const ctx = eligibilityContext(policy);
  const start = new Int32Array(nR + 1);
  const vacancy: number[] = [];
  const value: number[] = [];
  const eligibleCounts = new Int32Array(nR);
  const failureTallies = new Int32Array(nR * RULE_COUNT);
  const bestScores = new Float64Array(nR).fill(Number.NaN);
  const deadline = options.deadline ?? Number.POSITIVE_INFINITY;
  const now = options.now ?? (() => 0);
  let skipped = 0;
  const pool = new Int32Array(c.size);
  const scores = new Float64Array(c.size);
  const keys = new Float64Array(c.size);
  sorted.forEach(({ referral, input }, r) => {
    if (r > 0 && sorted[r - 1]?.referral.id === referral.id) {
      issues.push({
        code: 'matching.duplicate-referral-id',
        severity: 'warning',
        message: 'Two referrals share this id.',
        location: { path: ['referrals', input, 'id'] },
      });
    }
    if (now() >= deadline) {
      skipped++;
      start[r + 1] = vacancy.length;
      return;
    }
    const compiled = compileReferral(referral, c.authorityIds, options.locator, policy);
    for (const issue of compiled.issues)
      issues.push({ ...issue, location: { path: ['referrals', input, ...(issue.location.path ?? [])] } });
    const scorer = createScorer(policy, c, referral, options);
    let count = 0;
    for (let i = 0; i < c.size; i++) {
      if (checkEligibility(compiled, c, i, ctx) === 0) {
        pool[count++] = i;
        scores[i] = evaluateCriteria(compiled, c, i, scorer);
      }
    }
    // Why nothing was eligible is only reported for referrals left with no vacancy: tally them then.
    if (count === 0) {
      for (let i = 0; i < c.size; i++) {
        for (let m = checkEligibility(compiled, c, i, ctx), b = 0; m; m >>>= 1, b++)
          if (m & 1) failureTallies[r * RULE_COUNT + b] = (failureTallies[r * RULE_COUNT + b] as number) + 1;
      }
    }
    eligibleCounts[r] = count;
    if (count > 0) {
      // Sort by score (desc) then vacancy index with one number per candidate: no comparator calls.
      for (let k = 0; k < count; k++) {
        const i = pool[k] as number;
        keys[k] = (SCALE - Math.round((scores[i] as number) * SCALE)) * INDEX_SPAN + i;
      }
      const ranked = keys.subarray(0, count).sort();
      const top = ranked[0] as number;
      bestScores[r] = (SCALE - (top - (top % INDEX_SPAN)) / INDEX_SPAN) / SCALE;
      const d = demand[r] as number;
      const split = referral.siblingSplitAllowed ?? false;
      // Keep vacancies until others (at most D - d children) cannot block them all: a vacancy with c places
      // is blocked only by c - d + 1 or more of them (c for a split group's single child).
      const need = (split ? total - 1 : total - d) + 1;
      let covered = 0;
      for (let k = 0; k < count && covered < need; k++) {
        const key = ranked[k] as number;
        const i = key % INDEX_SPAN;
        vacancy.push(i);
        value.push(SCALE - (key - i) / INDEX_SPAN);
        covered += (c.places[i] as number) - (split ? 0 : d - 1);
      }
    }
    start[r + 1] = vacancy.length;
  });
  const tiers = sorted.map((s) => (options.fairness === 'urgency' ? (TIER[s.referral.urgency] ?? 0) : 0));
  const order = Int32Array.from(sorted.keys()).sort(
    (a, b) =>
      (tiers[b] as number) - (tiers[a] as number) ||
      compare(sorted[a]?.referral.neededBy ?? '', sorted[b]?.referral.neededBy ?? '') ||
      a - b,
  );
  return {
    problem: {
      referrals: nR,
      vacancies: c.size,
      demand,
      split: Uint8Array.from(sorted, (s) => (s.referral.siblingSplitAllowed ? 1 : 0)),
      bonus: tierBonuses(tiers, demand, total, options.fairness === 'urgency'),
      capacity: c.places.slice(),
      start,
      vacancy: Int32Array.from(vacancy),
      value: Float64Array.from(value),
      order,
      scale: SCALE,
    },
    ids: sorted.map((s) => s.referral.id),
    vacancyIds: c.ids,
    eligibleCounts,
    failureTallies,
    nations: sorted.map((s) => s.referral.nation ?? 'england'),
    bestScores,
    skipped,
    issues,
  };
}

/**
 * Per-child bonuses that make fairness lexicographic: one more child placed in a higher tier is worth
 * more than every score and bonus of the tiers below put together.
 */
function tierBonuses(
  tiers: readonly number[],
  demand: Int32Array,
  total: number,
  urgency: boolean,
): Float64Array {
  const unitsInTier = [0, 0, 0];
  tiers.forEach((t, r) => {
    unitsInTier[t] = (unitsInTier[t] as number) + (demand[r] as number);
  });
  const bonus = [0, 0, 0];
  let below = total * SCALE;
  // Under urgency every tier, the latest too, counts children placed before any score.
  for (let t = urgency ? 0 : 1; t < 3; t++) {
    bonus[t] = below + 1;
    below += (unitsInTier[t] as number) * (bonus[t] as number);
  }
  return Float64Array.from(tiers, (t) => bonus[t] as number);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

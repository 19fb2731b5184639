import {
  type AssignmentProblem,
  type AssignmentSolution,
  objectiveOf,
  relaxedObjective,
  solveRelaxation,
  unitsOf,
} from './assignment-problem.js';
import { type BranchAndBoundResult, branchAndBound, type SearchLimits } from './branch-and-bound.js';
import { improveAssignment } from './improve-assignment.js';
import { expandUnits, restrictProblem } from './restrict-problem.js';

/** The max-min solution on the full problem's edges, the threshold reached, and the search behind it. */
export interface MaxMinResult {
  readonly solution: AssignmentSolution;
  /** The worst-off placed child's score (× scale): every child placed scores at least this. */
  readonly threshold: number;
  /** Children placed: the most that can be (proven when `proven`). */
  readonly placed: number;
  /** The search that found the solution, at the threshold. */
  readonly search: BranchAndBoundResult;
  /**
   * Upper bound on the total score (× scale) of assignments placing as many children at the threshold, or
   * (when the search could not rule out placing more) of any assignment.
   */
  readonly restrictedBound: number;
  /** Whether the number placed, the threshold and the total are all proven optimal. */
  readonly proven: boolean;
}

/**
 * Maximises the worst-off child's score, lexicographically: first as many children placed as can be (an
 * unplaced child is worse off than any placed one), then the lowest score of any placed child as high as
 * it can be, then the total. A child with no eligible vacancy cannot be placed and so never counts.
 *
 * 1. The most children that can be placed, N: the branch and bound with a bonus per child placed larger
 *    than every score total together (so placing one more child outweighs any score).
 * 2. The threshold t: the highest candidate score such that N children can still be placed using only
 *    candidates scoring at least t. Binary search over the scores, first on the flow relaxation (which
 *    can only over-estimate what fits, so it cuts the range for free), then with the branch and bound,
 *    each step given an equal share of the time left.
 * 3. The total: the branch and bound's solution at t already maximises it (the bonus ranks children
 *    first, score second).
 *
 * Returns undefined when no child has a candidate.
 */
export function solveMaxMin(p: AssignmentProblem, limits: SearchLimits): MaxMinResult | undefined {
  const values = [...new Set(p.value)].sort((a, b) => a - b);
  if (values.length === 0) return undefined;
  let children = 0;
  for (let r = 0; r < p.referrals; r++) children += p.demand[r] as number;
  const bonus = p.scale * (children + 1) + 1;
  const { now } = limits;
  // The flow bound on any assignment's total, for when the search's bound cannot be split (see below).
  const started = now();
  const anyBound = relaxedObjective(p, solveRelaxation(p).flow);
  // A step starts only with time for a few flows left: it solves at least one before it looks at the clock.
  const flowMs = now() - started;
  const timeFor = () => limits.deadline - now() > 3 * flowMs;
  const steps = Math.ceil(Math.log2(values.length + 1)) + 1;
  const slice = (left: number) => now() + Math.max(0, limits.deadline - now()) / left;
  // Each step starts from the best assignment so far (on the full problem's edges), less the groups on
  // candidates below its threshold: the search then only has to re-place those.
  const solveAt = (k: number, deadline: number, known?: Int32Array) => {
    const x = restrictProblem(p, values[k] as number, bonus);
    const start = known ? Int32Array.from(x.original, (e) => known[e] as number) : undefined;
    const search: BranchAndBoundResult | undefined = branchAndBound(
      x.problem,
      { ...limits, deadline },
      start,
    );
    const units = expandUnits(p, x, search.solution.units);
    return { search, units, placed: placedOf(units) };
  };
  // Finding how many can be placed gets the largest share: every later step must match it. The search for
  // the best total places many children and starts the search for the most (on every edge, as at k = 0).
  const total = branchAndBound(p, { ...limits, deadline: slice(5) });
  const all = timeFor()
    ? solveAt(0, slice(3), total.solution.units)
    : { search: total, units: total.solution.units, placed: placedOf(total.solution.units) };
  const need = all.placed;
  let proven = all.search.optimal;
  let best: { units: Int32Array; search: BranchAndBoundResult | undefined } = all;
  let bestK = lowestUsed(p, values, best.units);
  // Raise the threshold cheaply first: drop the worst-off groups and let local search re-place them above
  // it, while that still places as many.
  const raiseUntil = slice(3);
  while (bestK + 1 < values.length && now() < raiseUntil) {
    const x = restrictProblem(p, values[bestK + 1] as number, bonus);
    const start = Int32Array.from(x.original, (e) => best.units[e] as number);
    const moved = improveAssignment(
      x.problem,
      { units: start, objective: objectiveOf(x.problem, start) },
      raiseUntil,
      now,
    );
    const units = expandUnits(p, x, moved.units);
    if (placedOf(units) < need) break;
    best = { units, search: undefined };
    bestK = lowestUsed(p, values, units);
  }
  // The relaxation never places fewer than a whole assignment can: where it falls short, so would they.
  let lo = bestK;
  let hi = values.length - 1;
  while (lo < hi && timeFor()) {
    const mid = (lo + hi + 1) >> 1;
    const x = restrictProblem(p, values[mid] as number, bonus);
    const relaxation = solveRelaxation(x.problem);
    if (placedOf(unitsOf(relaxation, relaxation.flow)) >= need) lo = mid;
    else hi = mid - 1;
  }
  // Then whole assignments, between the threshold known to work and the relaxation's limit.
  lo = bestK;
  for (let left = steps; lo < hi && timeFor(); left = Math.max(2, left - 1)) {
    const mid = (lo + hi + 1) >> 1;
    const at = solveAt(mid, slice(left), best.units);
    if (at.placed >= need) {
      lo = mid;
      best = at;
      bestK = lowestUsed(p, values, at.units);
      lo = Math.max(lo, bestK);
    } else {
      hi = mid - 1;
      if (!at.search.optimal) proven = false;
    }
  }
  // The total at the threshold reached, when local search found it and there is time for a search.
  if (!best.search && timeFor()) best = solveAt(bestK, limits.deadline, best.units);
  const units = best.units;
  // The search's bound splits into children and score only when it rules out placing one child more;
  // otherwise the flow bound on the total of any assignment is the one to give.
  // (With no time for more than the search for the best total, its own bound is on the total already.)
  const plain = best.search === total;
  const bound = best.search?.bound ?? Number.POSITIVE_INFINITY;
  const restrictedBound = plain
    ? Math.min(total.bound, anyBound)
    : bound < bonus * (need + 1)
      ? bound - bonus * need
      : anyBound;
  return {
    solution: { units, objective: objectiveOf(p, units) },
    threshold: values[bestK] as number,
    placed: need,
    search: best.search ?? all.search,
    restrictedBound,
    proven: proven && !plain && lo >= hi && (best.search?.optimal ?? false),
  };
}

/** Index in `values` of the lowest value of any candidate edge in use (0 when none is). */
function lowestUsed(p: AssignmentProblem, values: readonly number[], units: Int32Array): number {
  let low = Number.POSITIVE_INFINITY;
  for (let e = 0; e < units.length; e++)
    if ((units[e] as number) > 0 && (p.value[e] as number) < low) low = p.value[e] as number;
  return low === Number.POSITIVE_INFINITY ? 0 : values.indexOf(low);
}

function placedOf(units: Int32Array): number {
  let placed = 0;
  for (let e = 0; e < units.length; e++) placed += units[e] as number;
  return placed;
}

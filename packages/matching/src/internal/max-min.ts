import {
  type AssignmentProblem,
  type AssignmentSolution,
  objectiveOf,
  relaxedObjective,
  solveRelaxation,
  unitsOf,
} from './assignment-problem.js';
import { type BranchAndBoundResult, branchAndBound, type SearchLimits } from './branch-and-bound.js';
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
  const solveAt = (k: number, deadline: number, known?: Int32Array) => {
    const x = restrictProblem(p, values[k] as number, bonus);
    const search = branchAndBound(x.problem, { ...limits, deadline }, known);
    return { x, search, placed: placedOf(search.solution.units) };
  };
  // Finding how many can be placed gets the largest share: every later step must match it. The search for
  // the best total places many children and starts the search for the most (on every edge, as at k = 0).
  const total = branchAndBound(p, { ...limits, deadline: slice(5) });
  const all = solveAt(0, slice(3), total.solution.units);
  const need = all.placed;
  let proven = all.search.optimal;
  let best = all;
  let bestK = 0;
  // The relaxation never places fewer than a whole assignment can: where it falls short, so would they.
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi && timeFor()) {
    const mid = (lo + hi + 1) >> 1;
    const x = restrictProblem(p, values[mid] as number, bonus);
    const relaxation = solveRelaxation(x.problem);
    if (placedOf(unitsOf(relaxation, relaxation.flow)) >= need) lo = mid;
    else hi = mid - 1;
  }
  // Then whole assignments, between the threshold known to work and the relaxation's limit, trying the
  // limit itself first (it holds whenever the groups fit as the relaxation's children do).
  lo = 0;
  for (let left = steps, first = true; lo < hi && timeFor(); left = Math.max(1, left - 1)) {
    const mid = first ? hi : (lo + hi + 1) >> 1;
    first = false;
    const at = solveAt(mid, slice(left));
    if (at.placed >= need) {
      lo = mid;
      best = at;
      bestK = mid;
    } else {
      hi = mid - 1;
      if (!at.search.optimal) proven = false;
    }
  }
  if (lo < hi) proven = false;
  const units = expandUnits(p, best.x, best.search.solution.units);
  // The search's bound splits into children and score only when it rules out placing one child more;
  // otherwise the flow bound on the total of any assignment is the one to give.
  const bound = best.search.bound;
  const restrictedBound = bound < bonus * (need + 1) ? bound - bonus * need : anyBound;
  return {
    solution: { units, objective: objectiveOf(p, units) },
    threshold: values[bestK] as number,
    placed: need,
    search: best.search,
    restrictedBound,
    proven: proven && best.search.optimal,
  };
}

function placedOf(units: Int32Array): number {
  let placed = 0;
  for (let e = 0; e < units.length; e++) placed += units[e] as number;
  return placed;
}

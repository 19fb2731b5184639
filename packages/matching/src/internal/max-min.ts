import {
  type AssignmentProblem,
  type AssignmentSolution,
  solveRelaxation,
  unitsOf,
} from './assignment-problem.js';
import { type BranchAndBoundResult, branchAndBound, type SearchLimits } from './branch-and-bound.js';
import { expandUnits, restrictProblem } from './restrict-problem.js';

/** The max-min solution on the full problem's edges, the threshold reached, and the search behind it. */
export interface MaxMinResult {
  readonly solution: AssignmentSolution;
  /** The worst-off placeable child's score (× scale); 0 when not every placeable child can be placed. */
  readonly threshold: number;
  readonly search: BranchAndBoundResult;
  readonly restrictedBound: number;
}

/**
 * Maximises the worst-off child's score, then the total: every child with an eligible vacancy must be
 * placed (unplaced counts as 0), in a vacancy scoring at least the threshold. The threshold is found by
 * binary search on the flow relaxation (groups relaxed, so an upper limit), then the branch and bound
 * solves at it with groups whole, stepping down while it cannot place everyone. Returns undefined when not
 * every placeable child can be placed at any threshold: then the worst-off score is 0 and the caller
 * maximises the total.
 */
export function solveMaxMin(
  p: AssignmentProblem,
  placeable: Int32Array,
  limits: SearchLimits,
): MaxMinResult | undefined {
  const need = placeable.reduce((a, b) => a + b, 0);
  const bonus = p.scale * (need + 1) + 1;
  const values = [...new Set(p.value)].sort((a, b) => a - b);
  const relaxedPlacesAll = (t: number) => {
    const x = restrictProblem(p, t, bonus);
    const relaxation = solveRelaxation(x.problem);
    return placedOf(x.problem, unitsOf(relaxation, relaxation.flow), placeable) === need;
  };
  if (values.length === 0 || !relaxedPlacesAll(values[0] as number)) return undefined;
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi && limits.now() < limits.deadline) {
    const mid = (lo + hi + 1) >> 1;
    if (relaxedPlacesAll(values[mid] as number)) lo = mid;
    else hi = mid - 1;
  }
  for (let k = lo; k >= 0; k--) {
    const t = values[k] as number;
    const x = restrictProblem(p, t, bonus);
    const search = branchAndBound(x.problem, limits);
    const units = search.solution.units;
    if (placedOf(x.problem, units, placeable) === need || k === 0 || limits.now() >= limits.deadline) {
      if (placedOf(x.problem, units, placeable) !== need) return undefined;
      const full = expandUnits(p, x, units);
      let objective = 0;
      for (let e = 0; e < full.length; e++) objective += (full[e] as number) * (p.value[e] as number);
      return {
        solution: { units: full, objective },
        threshold: t,
        search,
        restrictedBound: search.bound - bonus * need,
      };
    }
  }
  return undefined;
}

function placedOf(p: AssignmentProblem, units: Int32Array, placeable: Int32Array): number {
  let placed = 0;
  for (let r = 0; r < p.referrals; r++) {
    if (!placeable[r]) continue;
    for (let e = p.start[r] as number; e < (p.start[r + 1] as number); e++) placed += units[e] as number;
  }
  return placed;
}

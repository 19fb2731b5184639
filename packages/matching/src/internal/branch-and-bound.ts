import {
  type AssignmentProblem,
  type AssignmentSolution,
  solveGreedy,
  solveRelaxation,
} from './assignment-problem.js';

/** The best assignment found, whether it is proven optimal, and how many relaxations were solved. */
export interface BranchAndBoundResult {
  readonly solution: AssignmentSolution;
  readonly optimal: boolean;
  readonly nodes: number;
}

/**
 * Exact assignment with sibling groups kept together. The flow relaxation is solved first; when no group
 * splits across vacancies it is optimal as it stands (always so without groups). Otherwise a group placed
 * fractionally is branched on — "all of it in vacancy v" or "none of it in v" — depth first, pruning any
 * branch whose relaxation cannot beat the best whole assignment found (the greedy one to start with).
 * After `maxNodes` relaxations the best found so far is returned with `optimal: false`.
 */
export function branchAndBound(p: AssignmentProblem, maxNodes: number): BranchAndBoundResult {
  let best = solveGreedy(p);
  let nodes = 0;
  let exhausted = false;
  const explore = (capacity: Int32Array, disabled: Uint8Array, fixed: Int32Array): void => {
    if (nodes >= maxNodes) {
      exhausted = true;
      return;
    }
    nodes++;
    const relaxed = solveRelaxation(p, capacity, disabled, fixed);
    if (nodes > 1 && relaxed.objective <= best.objective) return;
    const branch = fractionalGroup(p, relaxed.units, fixed);
    if (branch < 0) {
      if (relaxed.objective > best.objective || nodes === 1) best = relaxed;
      return;
    }
    if (relaxed.objective <= best.objective) return;
    const r = referralOf(p, branch);
    const v = p.vacancy[branch] as number;
    if ((capacity[v] as number) >= (p.demand[r] as number)) {
      const forcedCapacity = capacity.slice();
      forcedCapacity[v] = (capacity[v] as number) - (p.demand[r] as number);
      const forced = fixed.slice();
      forced[r] = branch;
      explore(forcedCapacity, disabled, forced);
    }
    const forbidden = disabled.slice();
    forbidden[branch] = 1;
    explore(capacity, forbidden, fixed);
  };
  explore(p.capacity.slice(), new Uint8Array(p.value.length), new Int32Array(p.referrals).fill(-1));
  return { solution: best, optimal: !exhausted, nodes };
}

/** The edge carrying most of a group that is not wholly on one edge or wholly unplaced, or -1. */
function fractionalGroup(p: AssignmentProblem, units: Int32Array, fixed: Int32Array): number {
  let pick = -1;
  let pickUnits = 0;
  for (const r of p.order) {
    const d = p.demand[r] as number;
    if (d < 2 || p.split[r] || (fixed[r] as number) >= 0) continue;
    let placed = 0;
    let top = -1;
    for (let e = p.start[r] as number; e < (p.start[r + 1] as number); e++) {
      const u = units[e] as number;
      placed += u;
      if (u > 0 && (top < 0 || u > (units[top] as number))) top = e;
    }
    if (placed === 0 || (top >= 0 && units[top] === d)) continue;
    if ((units[top] as number) > pickUnits) {
      pick = top;
      pickUnits = units[top] as number;
    }
  }
  return pick;
}

function referralOf(p: AssignmentProblem, edge: number): number {
  let lo = 0;
  let hi = p.referrals - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((p.start[mid] as number) <= edge) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

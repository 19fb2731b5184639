import type { MinCostFlow } from './min-cost-flow.js';
import {
  type AssignmentProblem,
  type AssignmentSolution,
  type Relaxation,
  relaxedObjective,
  solveGreedy,
  solveRelaxation,
  unitsOf,
} from './assignment-problem.js';

/** The best assignment found, whether it is proven optimal, and how many relaxations were solved. */
export interface BranchAndBoundResult {
  readonly solution: AssignmentSolution;
  readonly optimal: boolean;
  readonly nodes: number;
}

/**
 * Exact assignment with sibling groups kept together. The flow relaxation is solved first; when no group
 * splits across vacancies it is optimal as it stands (always so without groups). Otherwise the split group
 * with most children on one vacancy is branched on — "all of it in vacancy v"
 * (every other edge of the group deleted) or "none of it in v" (that edge deleted) — depth first. Each
 * child re-optimises its parent's flow by re-routing only what the deleted edges carried, and any branch
 * whose relaxation cannot beat the best whole assignment found (greedy's, to start) is pruned.
 * After `maxNodes` relaxations the best found so far is returned with `optimal: false`.
 */
export function branchAndBound(p: AssignmentProblem, maxNodes: number): BranchAndBoundResult {
  const relaxation = solveRelaxation(p);
  let best = solveGreedy(p);
  let nodes = 0;
  let exhausted = false;
  const explore = (flow: MinCostFlow, fixed: Uint8Array): void => {
    if (nodes >= maxNodes) {
      exhausted = true;
      return;
    }
    nodes++;
    const bound = relaxedObjective(p, flow);
    if (nodes > 1 && bound <= best.objective) return;
    const units = unitsOf(p, relaxation, flow);
    const branch = fractionalGroup(p, units, fixed);
    if (branch === -1) {
      if (bound > best.objective || nodes === 1) best = { units, objective: bound };
      return;
    }
    if (bound <= best.objective) return;
    const [r, e] = branch;
    const forced = flow.clone();
    if (force(p, relaxation, forced, r, e)) {
      const fixedHere = fixed.slice();
      fixedHere[r] = 1;
      explore(forced, fixedHere);
    }
    const forbidden = flow;
    if (forbidden.removeEdge(relaxation.edgeOf[e] as number, r, p.referrals + (p.vacancy[e] as number))) explore(forbidden, fixed);
  };
  explore(relaxation.flow.clone(), new Uint8Array(p.referrals));
  return { solution: best, optimal: !exhausted, nodes };
}

/** Deletes every edge of group r but `keep`, so the whole group must go there. */
function force(p: AssignmentProblem, x: Relaxation, flow: MinCostFlow, r: number, keep: number): boolean {
  for (let e = p.start[r] as number; e < (p.start[r + 1] as number); e++) {
    const f = x.edgeOf[e] as number;
    if (e !== keep && f >= 0 && !flow.removeEdge(f, r, p.referrals + (p.vacancy[e] as number))) return false;
  }
  return flow.removeEdge(x.unplacedEdge[r] as number, r, x.sink);
}

/** The group (and its edge carrying most children) that is neither wholly on one vacancy nor unplaced. */
function fractionalGroup(p: AssignmentProblem, units: Int32Array, fixed: Uint8Array): [number, number] | -1 {
  let pick: [number, number] | -1 = -1;
  let pickUnits = 0;
  for (const r of p.order) {
    const d = p.demand[r] as number;
    if (d < 2 || p.split[r] || fixed[r]) continue;
    let placed = 0;
    let top = -1;
    for (let e = p.start[r] as number; e < (p.start[r + 1] as number); e++) {
      const u = units[e] as number;
      placed += u;
      if (u > 0 && (top < 0 || u > (units[top] as number))) top = e;
    }
    if (placed === 0 || units[top] === d) continue;
    if ((units[top] as number) > pickUnits) {
      pick = [r, top];
      pickUnits = units[top] as number;
    }
  }
  return pick;
}

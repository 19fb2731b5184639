import {
  type AssignmentProblem,
  type AssignmentSolution,
  objectiveOf,
  type Relaxation,
  relaxedObjective,
  solveConstrainedFirst,
  solveGreedy,
  solveRelaxation,
  unitsOf,
} from './assignment-problem.js';
import { improveAssignment } from './improve-assignment.js';
import type { MinCostFlow } from './min-cost-flow.js';

const DIVE = 64;

/** The best assignment found, whether it is proven optimal, how many relaxations were solved, and why it stopped. */
export interface BranchAndBoundResult {
  readonly solution: AssignmentSolution;
  readonly optimal: boolean;
  readonly nodes: number;
  /** The root relaxation's objective: no whole assignment can beat it. */
  readonly bound: number;
  readonly stoppedBy: 'optimal' | 'time-limit' | 'node-limit';
}

/** When the search must stop: a node budget and a deadline on `now()`'s clock (milliseconds). */
export interface SearchLimits {
  readonly maxNodes: number;
  readonly deadline: number;
  readonly now: () => number;
}

/**
 * Exact assignment with sibling groups kept together. The flow relaxation is solved first; when no group
 * splits across vacancies it is optimal as it stands (always so without groups). Otherwise the split group
 * with most children on one vacancy is branched on — "all of it in vacancy v" (every other edge of the
 * group deleted) or "none of it in v" (that edge deleted) — depth first; each branch re-optimises its
 * parent's flow by re-routing only what the deleted edges carried, and a branch whose relaxation cannot
 * beat the best whole assignment found (greedy's, to start) is pruned.
 *
 * Before the full search, a whole assignment is found (the better of greedy's and the relaxation rounded,
 * improved by one dive that always takes "all of it in v"); then reduced-cost fixing deletes every candidate
 * whose reduced cost at the root exceeds the gap between the root bound and that assignment (no
 * assignment using it can do better, since its cost exceeds the root's by at least that reduced cost),
 * and the search runs again, exactly, on the much smaller graph.
 * After `maxNodes` relaxations the best found so far is returned with `optimal: false`.
 */
export function branchAndBound(p: AssignmentProblem, limits: SearchLimits): BranchAndBoundResult {
  const root = solveRelaxation(p);
  const rootUnits = unitsOf(root, root.flow);
  const bound = relaxedObjective(p, root.flow);
  if (fractionalGroup(p, rootUnits, new Uint8Array(p.referrals)) === -1) {
    return {
      solution: { units: rootUnits, objective: bound },
      optimal: true,
      nodes: 1,
      bound,
      stoppedBy: 'optimal',
    };
  }
  const greedy = solveGreedy(p);
  const rounded = roundRelaxation(p, rootUnits);
  // Local search on the better of the two, with at most a fifth of the time left.
  const budget = limits.now() + Math.max(0, limits.deadline - limits.now()) / 5;
  let start = improveAssignment(
    p,
    rounded.objective > greedy.objective ? rounded : greedy,
    budget,
    limits.now,
  );
  const constrained = improveAssignment(
    p,
    solveConstrainedFirst(p),
    budget + (budget - limits.now()),
    limits.now,
  );
  if (constrained.objective > start.objective) start = constrained;
  const dive = search(
    p,
    root,
    start,
    { ...limits, maxNodes: Math.min(limits.maxNodes, DIVE + p.referrals) },
    true,
  );
  const stopped = (s: { exhausted: boolean }) =>
    !s.exhausted ? 'optimal' : limits.now() >= limits.deadline ? 'time-limit' : 'node-limit';
  if (!dive.exhausted)
    return { solution: dive.best, optimal: true, nodes: dive.nodes, bound, stoppedBy: 'optimal' };
  const first = dive.best;
  if (limits.now() >= limits.deadline)
    return { solution: first, optimal: false, nodes: dive.nodes, bound, stoppedBy: 'time-limit' };
  const { problem, original } = fixByReducedCost(p, root, bound - first.objective);
  const incumbent = {
    units: Int32Array.from(original, (e) => first.units[e] as number),
    objective: first.objective,
  };
  const second = search(problem, solveRelaxation(problem), incumbent, {
    ...limits,
    maxNodes: Math.max(1, limits.maxNodes - dive.nodes),
  });
  const units = new Int32Array(p.value.length);
  original.forEach((e, k) => {
    units[e] = second.best.units[k] as number;
  });
  const optimal = !second.exhausted;
  return {
    solution: { units, objective: second.best.objective },
    optimal,
    nodes: dive.nodes + second.nodes,
    bound: optimal ? second.best.objective : bound,
    stoppedBy: stopped(second),
  };
}

/**
 * A whole assignment near the relaxation: keeps every group the relaxation placed whole, then puts each
 * split group, in priority order, in its best vacancy that still has room for all of it (or leaves it out).
 */
function roundRelaxation(p: AssignmentProblem, relaxed: Int32Array): AssignmentSolution {
  const units = relaxed.slice();
  const capacity = p.capacity.slice();
  const split: number[] = [];
  for (const r of p.order) {
    const d = p.demand[r] as number;
    let placed = 0;
    let edges = 0;
    for (let e = p.start[r] as number; e < (p.start[r + 1] as number); e++) {
      if ((units[e] as number) > 0) {
        placed += units[e] as number;
        edges++;
      }
    }
    if (d > 1 && !p.split[r] && placed > 0 && (edges > 1 || placed < d)) {
      split.push(r);
      for (let e = p.start[r] as number; e < (p.start[r + 1] as number); e++) units[e] = 0;
    } else {
      for (let e = p.start[r] as number; e < (p.start[r + 1] as number); e++) {
        const v = p.vacancy[e] as number;
        capacity[v] = (capacity[v] as number) - (units[e] as number);
      }
    }
  }
  for (const r of split) {
    const d = p.demand[r] as number;
    for (let e = p.start[r] as number; e < (p.start[r + 1] as number); e++) {
      const v = p.vacancy[e] as number;
      if ((capacity[v] as number) >= d) {
        units[e] = d;
        capacity[v] = (capacity[v] as number) - d;
        break;
      }
    }
  }
  return { units, objective: objectiveOf(p, units) };
}

function search(
  p: AssignmentProblem,
  relaxation: Relaxation,
  incumbent: AssignmentSolution,
  limits: SearchLimits,
  dive = false,
) {
  const { maxNodes, deadline, now } = limits;
  let best = incumbent;
  let nodes = 0;
  let exhausted = false;
  let found = false;
  const explore = (flow: MinCostFlow, fixed: Uint8Array): void => {
    if (exhausted || nodes >= maxNodes || (dive && found) || now() >= deadline) {
      exhausted = true;
      return;
    }
    nodes++;
    const bound = relaxedObjective(p, flow);
    if (nodes > 1 && bound <= best.objective) return;
    const units = unitsOf(relaxation, flow);
    const branch = fractionalGroup(p, units, fixed);
    if (branch === -1) {
      if (bound > best.objective || nodes === 1) best = { units, objective: bound };
      found = nodes > 1;
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
    if (flow.removeEdge(relaxation.edgeOf[e] as number, r, p.referrals + (p.vacancy[e] as number)))
      explore(flow, fixed);
  };
  explore(relaxation.flow.clone(), new Uint8Array(p.referrals));
  return { best, nodes, exhausted };
}

/** The problem without candidates whose root reduced cost exceeds `gap`, and each kept edge's old index. */
function fixByReducedCost(p: AssignmentProblem, root: Relaxation, gap: number) {
  const start = new Int32Array(p.referrals + 1);
  const original: number[] = [];
  for (let r = 0; r < p.referrals; r++) {
    for (let e = p.start[r] as number; e < (p.start[r + 1] as number); e++) {
      const f = root.edgeOf[e] as number;
      if (f < 0) continue;
      const keep =
        root.flow.flowOn(f) > 0 || root.flow.reducedCost(f, r, p.referrals + (p.vacancy[e] as number)) <= gap;
      if (keep) original.push(e);
    }
    start[r + 1] = original.length;
  }
  const problem: AssignmentProblem = {
    ...p,
    start,
    vacancy: Int32Array.from(original, (e) => p.vacancy[e] as number),
    value: Float64Array.from(original, (e) => p.value[e] as number),
  };
  return { problem, original };
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

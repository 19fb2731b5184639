import {
  type AssignmentProblem,
  type AssignmentSolution,
  fillInOrder,
  objectiveOf,
  type Relaxation,
  relaxedObjective,
  solveConstrainedFirst,
  solveGreedy,
  solveRelaxation,
  unitsOf,
} from './assignment-problem.js';
import { improveAssignment } from './improve-assignment.js';
import { createLagrangian, provenOptimal, runLagrangian } from './lagrangian-bound.js';
import type { MinCostFlow } from './min-cost-flow.js';

/** Lagrangian iterations before the branch and bound (enough for a good incumbent on hard instances). */
const LAGRANGIAN_FIRST = 60;

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
 * splits across vacancies it is optimal as it stands (always so without groups). Otherwise:
 *
 * 1. A whole assignment to start from: the better of greedy's and the relaxation rounded, and a
 *    most-constrained-first greedy, each improved by local search.
 * 2. A Lagrangian search (see {@link runLagrangian}) for a while: a bound that counts the places a group
 *    cannot use, and whole assignments built from its knapsacks — usually far better than the starts.
 * 3. Branch and bound on the flow relaxation: the split group with most children on one vacancy is
 *    branched on — "all of it in vacancy v" (every other edge of the group deleted) or "none of it in v"
 *    (that edge deleted) — depth first; each branch re-optimises its parent's flow by re-routing only what
 *    the deleted edges carried, and a branch whose relaxation cannot beat the best found is pruned. First,
 *    reduced-cost fixing deletes every candidate whose reduced cost at the root exceeds the gap between the
 *    root bound and the best found (no assignment using it can do better). Where the Lagrangian bound has
 *    closed most of the flow's gap, pruning on the flow is weak, so this step gets less of the time.
 * 4. The Lagrangian search resumes until the deadline, lowering the bound and finding better assignments;
 *    if it converges first, the branch and bound runs again with the time left.
 *
 * The bound is the lower of the flow's and the Lagrangian's; an integer objective within 1 of it is proven
 * optimal. After `maxNodes` relaxations (or at the deadline) the best found so far is returned with
 * `optimal: false`.
 */
export function branchAndBound(
  p: AssignmentProblem,
  limits: SearchLimits,
  /** Children per candidate edge of a whole assignment to start from, if one is known. */
  known?: Int32Array,
): BranchAndBoundResult {
  const started = limits.now();
  const root = solveRelaxation(p);
  // A fresh search solves a whole flow before it looks at the clock: start one only with time for it.
  const flowMs = limits.now() - started;
  const rootUnits = unitsOf(root, root.flow);
  const rootBound = relaxedObjective(p, root.flow);
  if (fractionalGroup(p, rootUnits, new Uint8Array(p.referrals)) === -1) {
    return {
      solution: { units: rootUnits, objective: rootBound },
      optimal: true,
      nodes: 1,
      bound: rootBound,
      stoppedBy: 'optimal',
    };
  }
  const { now } = limits;
  const share = (fraction: number) => now() + Math.max(0, limits.deadline - now()) * fraction;
  const greedy = solveGreedy(p);
  const rounded = roundRelaxation(p, rootUnits);
  let start = improveAssignment(p, rounded.objective > greedy.objective ? rounded : greedy, share(0.1), now);
  const constrained = improveAssignment(p, solveConstrainedFirst(p), share(0.1), now);
  if (constrained.objective > start.objective) start = constrained;
  if (known && objectiveOf(p, known) > start.objective)
    start = { units: known, objective: objectiveOf(p, known) };
  const lagrangian = createLagrangian(p, start);
  // Where the flow bound is already within 0.1% of the start, the branch and bound usually closes it
  // quickly: search first. Otherwise the Lagrangian search first, for a far better incumbent.
  const tight = rootBound - start.objective <= rootBound * 1e-3;
  if (!tight) runLagrangian(p, lagrangian, { deadline: share(0.3), now, maxIterations: LAGRANGIAN_FIRST });
  const result = (nodes: number, optimal: boolean, stoppedBy: BranchAndBoundResult['stoppedBy']) => ({
    solution: lagrangian.best,
    optimal,
    nodes,
    bound: optimal ? lagrangian.best.objective : Math.min(rootBound, lagrangian.bound),
    stoppedBy,
  });
  if (provenOptimal(Math.min(rootBound, lagrangian.bound), lagrangian.best.objective))
    return result(1, true, 'optimal');
  let nodes = 1;
  const searchUntil = (deadline: number): boolean => {
    if (deadline - now() <= 2 * flowMs || nodes >= limits.maxNodes) return false;
    const found = exactSearch(p, root, rootBound, lagrangian.best, {
      ...limits,
      deadline,
      maxNodes: limits.maxNodes - nodes,
    });
    nodes += found.nodes;
    if (found.best.objective > lagrangian.best.objective) lagrangian.best = found.best;
    return found.finished;
  };
  // Where the flow bound is loose the Lagrangian search does better with the time.
  if (searchUntil(lagrangian.converged ? limits.deadline : share(tight ? 0.5 : 0.2)))
    return result(nodes, true, 'optimal');
  runLagrangian(p, lagrangian, limits);
  if (provenOptimal(Math.min(rootBound, lagrangian.bound), lagrangian.best.objective))
    return result(nodes, true, 'optimal');
  // Time left (the Lagrangian search converged): the search again, with all of it and the best incumbent.
  if (searchUntil(limits.deadline)) return result(nodes, true, 'optimal');
  return result(nodes, false, nodes >= limits.maxNodes ? 'node-limit' : 'time-limit');
}

/**
 * The branch and bound from `incumbent`, after reduced-cost fixing at the root: every candidate whose
 * reduced cost exceeds the gap between the root bound and the incumbent goes (no assignment using it can
 * do better). Returns the best found (on the full problem's edges) and whether the search finished.
 */
function exactSearch(
  p: AssignmentProblem,
  root: Relaxation,
  rootBound: number,
  incumbent: AssignmentSolution,
  limits: SearchLimits,
): { best: AssignmentSolution; finished: boolean; nodes: number } {
  const { problem, original } = fixByReducedCost(p, root, rootBound - incumbent.objective);
  const start = {
    units: Int32Array.from(original, (e) => incumbent.units[e] as number),
    objective: incumbent.objective,
  };
  const found = search(problem, solveRelaxation(problem), start, limits);
  if (found.best.objective <= incumbent.objective)
    return { best: incumbent, finished: !found.exhausted, nodes: found.nodes };
  const units = new Int32Array(p.value.length);
  original.forEach((e, k) => {
    units[e] = found.best.units[k] as number;
  });
  return { best: { units, objective: found.best.objective }, finished: !found.exhausted, nodes: found.nodes };
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
  // The split groups are whole groups (`!p.split[r]`), so each takes one vacancy with room for all of it.
  return fillInOrder(p, split, units, capacity);
}

function search(
  p: AssignmentProblem,
  relaxation: Relaxation,
  incumbent: AssignmentSolution,
  limits: SearchLimits,
) {
  const { maxNodes, deadline, now } = limits;
  let best = incumbent;
  let nodes = 0;
  let exhausted = false;
  const explore = (flow: MinCostFlow, fixed: Uint8Array): void => {
    if (exhausted || nodes >= maxNodes || now() >= deadline) {
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

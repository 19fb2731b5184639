import { MinCostFlow } from './min-cost-flow.js';

/**
 * An assignment problem in integers: referral r needs `demand[r]` places (one vacancy for all of them
 * unless `split[r]`); candidate edges for r are `start[r]..start[r+1]`, sorted best first, each with the
 * integer value of one child placed there (`value`); `bonus[r]` is added per child placed (fairness tiers).
 */
export interface AssignmentProblem {
  readonly referrals: number;
  readonly vacancies: number;
  readonly demand: Int32Array;
  readonly split: Uint8Array;
  readonly bonus: Float64Array;
  readonly capacity: Int32Array;
  readonly start: Int32Array;
  readonly vacancy: Int32Array;
  readonly value: Float64Array;
  /** Referral processing order (fairness tier, then id): fixes which optimum is returned among equals. */
  readonly order: Int32Array;
  /** The largest per-child value, the scale `value` is measured on. */
  readonly scale: number;
}

/** Children placed on each candidate edge, and the objective Σ units × (value + bonus). */
export interface AssignmentSolution {
  readonly units: Int32Array;
  readonly objective: number;
}

/** Objective of a set of units placed. */
export function objectiveOf(p: AssignmentProblem, units: Int32Array): number {
  let total = 0;
  for (let r = 0; r < p.referrals; r++) {
    for (let e = p.start[r] as number; e < (p.start[r + 1] as number); e++) {
      total += (units[e] as number) * ((p.value[e] as number) + (p.bonus[r] as number));
    }
  }
  return total;
}

/** The flow relaxation, solved, with the flow edge of each candidate and each referral's "unplaced" edge. */
export interface Relaxation {
  readonly flow: MinCostFlow;
  /** Flow edge per candidate edge (-1 where the vacancy could never hold the group). */
  readonly edgeOf: Int32Array;
  readonly unplacedEdge: Int32Array;
  readonly sink: number;
}

/**
 * Builds and solves the flow relaxation: every child is a unit of flow from its referral to a vacancy
 * (or to "unplaced", at the cost of the best score plus its fairness bonus); sibling groups may split
 * across vacancies here, so its value is an upper bound, exact when no group splits.
 */
export function solveRelaxation(p: AssignmentProblem): Relaxation {
  const nR = p.referrals;
  const sink = nR + p.vacancies;
  const flow = new MinCostFlow(sink + 1, (p.start[nR] as number) + nR + p.vacancies);
  const edgeOf = new Int32Array(p.start[nR] as number).fill(-1);
  const unplacedEdge = new Int32Array(nR);
  for (let r = 0; r < nR; r++) {
    const d = p.demand[r] as number;
    for (let e = p.start[r] as number; e < (p.start[r + 1] as number); e++) {
      const room = p.capacity[p.vacancy[e] as number] as number;
      if (p.split[r] || room >= d)
        edgeOf[e] = flow.addEdge(
          r,
          nR + (p.vacancy[e] as number),
          Math.min(d, room),
          p.scale - (p.value[e] as number),
        );
    }
    unplacedEdge[r] = flow.addEdge(r, sink, d, p.scale + (p.bonus[r] as number));
  }
  for (let v = 0; v < p.vacancies; v++) {
    if ((p.capacity[v] as number) > 0) flow.addEdge(nR + v, sink, p.capacity[v] as number, 0);
  }
  for (const r of p.order) {
    for (let left = p.demand[r] as number; left > 0; ) {
      const sent = flow.augment(r, sink, left);
      if (sent === 0) break;
      left -= sent;
    }
  }
  return { flow, edgeOf, unplacedEdge, sink };
}

/** The objective of the relaxation's current flow: Σ children × (scale + bonus) − flow cost. */
export function relaxedObjective(p: AssignmentProblem, flow: MinCostFlow): number {
  let all = 0;
  for (let r = 0; r < p.referrals; r++) all += (p.demand[r] as number) * (p.scale + (p.bonus[r] as number));
  return all - flow.totalCost;
}

/** Children placed on each candidate edge in a flow. */
export function unitsOf(relaxation: Relaxation, flow: MinCostFlow): Int32Array {
  const units = new Int32Array(relaxation.edgeOf.length);
  for (let e = 0; e < units.length; e++) {
    const f = relaxation.edgeOf[e] as number;
    if (f >= 0) units[e] = flow.flowOn(f);
  }
  return units;
}

/**
 * The greedy baseline a placement team might follow: referrals in priority order each take their
 * best-scoring vacancy with room (a split group fills several, best first).
 */
export function solveGreedy(p: AssignmentProblem): AssignmentSolution {
  return fillInOrder(p, p.order);
}

/**
 * Referrals in `order` each take their best-scoring candidates with room (a whole group, unless split), from
 * an empty assignment or on top of a partial one (`units` and the `capacity` it leaves, both updated in place).
 */
export function fillInOrder(
  p: AssignmentProblem,
  order: ArrayLike<number>,
  units: Int32Array = new Int32Array(p.start[p.referrals] as number),
  capacity: Int32Array = p.capacity.slice(),
): AssignmentSolution {
  for (let i = 0; i < order.length; i++) {
    const r = order[i] as number;
    let left = p.demand[r] as number;
    for (let e = p.start[r] as number; e < (p.start[r + 1] as number) && left > 0; e++) {
      const v = p.vacancy[e] as number;
      const room = capacity[v] as number;
      const take = p.split[r] ? Math.min(room, left) : room >= left ? left : 0;
      if (take > 0) {
        units[e] = take;
        capacity[v] = room - take;
        left -= take;
      }
    }
  }
  return { units, objective: objectiveOf(p, units) };
}

/**
 * A second greedy, for whole groups: the most constrained referrals first (fewest candidates that could
 * hold the whole group, then the largest group), each taking its best candidate that still has room, which
 * leaves the flexible referrals the places the constrained ones could not use.
 */
export function solveConstrainedFirst(p: AssignmentProblem): AssignmentSolution {
  const options = new Int32Array(p.referrals);
  for (let r = 0; r < p.referrals; r++) {
    const d = p.demand[r] as number;
    for (let e = p.start[r] as number; e < (p.start[r + 1] as number); e++)
      if ((p.capacity[p.vacancy[e] as number] as number) >= d) options[r] = (options[r] as number) + 1;
  }
  const order = Array.from(p.order).sort(
    (a, b) =>
      (p.bonus[b] as number) - (p.bonus[a] as number) ||
      (options[a] as number) - (options[b] as number) ||
      (p.demand[b] as number) - (p.demand[a] as number),
  );
  return fillInOrder(p, order);
}

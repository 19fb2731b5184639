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

/**
 * Solves the flow relaxation: every child is a unit of flow from its referral to a vacancy (or to
 * "unplaced"); sibling groups may split across vacancies here, so the answer is an upper bound that is
 * exact when no group splits. `fixed[r]` ≥ 0 forces referral r's whole group onto that edge (its places
 * already taken out of `capacity`); `disabled[e]` removes an edge.
 */
export function solveRelaxation(
  p: AssignmentProblem,
  capacity: Int32Array,
  disabled: Uint8Array,
  fixed: Int32Array,
): AssignmentSolution {
  const nR = p.referrals;
  const sink = nR + p.vacancies;
  const flow = new MinCostFlow(sink + 1, (p.start[nR] as number) + nR + p.vacancies);
  const edgeOf = new Int32Array(p.start[nR] as number).fill(-1);
  for (let r = 0; r < nR; r++) {
    if ((fixed[r] as number) >= 0) continue;
    const d = p.demand[r] as number;
    for (let e = p.start[r] as number; e < (p.start[r + 1] as number); e++) {
      if (disabled[e]) continue;
      const v = p.vacancy[e] as number;
      const cap = p.split[r] ? Math.min(d, capacity[v] as number) : d;
      if (cap > 0 && (p.split[r] || (capacity[v] as number) >= d)) {
        edgeOf[e] = flow.addEdge(r, nR + v, cap, p.scale - (p.value[e] as number));
      }
    }
    flow.addEdge(r, sink, d, p.scale + (p.bonus[r] as number));
  }
  for (let v = 0; v < p.vacancies; v++) {
    if ((capacity[v] as number) > 0) flow.addEdge(nR + v, sink, capacity[v] as number, 0);
  }
  for (const r of p.order) {
    if ((fixed[r] as number) >= 0) continue;
    for (let left = p.demand[r] as number; left > 0; ) {
      const sent = flow.augment(r, sink, left);
      if (sent === 0) break;
      left -= sent;
    }
  }
  const units = new Int32Array(edgeOf.length);
  for (let e = 0; e < edgeOf.length; e++) {
    const f = edgeOf[e] as number;
    if (f >= 0) units[e] = flow.flowOn(f);
  }
  for (let r = 0; r < nR; r++) {
    const e = fixed[r] as number;
    if (e >= 0) units[e] = p.demand[r] as number;
  }
  return { units, objective: objectiveOf(p, units) };
}

/**
 * The greedy baseline a placement team might follow: referrals in priority order each take their
 * best-scoring vacancy with room (a split group fills several, best first).
 */
export function solveGreedy(p: AssignmentProblem): AssignmentSolution {
  const capacity = p.capacity.slice();
  const units = new Int32Array(p.start[p.referrals] as number);
  for (const r of p.order) {
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

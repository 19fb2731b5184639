import type { AssignmentProblem, AssignmentSolution } from './assignment-problem.js';
import { improveAssignment } from './improve-assignment.js';
import { repairPicks } from './repair-picks.js';

/**
 * The state of a Lagrangian search, resumable: prices, step size, the bound reached and the best whole
 * assignment seen on the way. `bound` is +Infinity until an iteration runs, and stays so for problems
 * where a group may split (the method does not apply).
 */
export interface Lagrangian {
  readonly applies: boolean;
  bound: number;
  best: AssignmentSolution;
  iterations: number;
  /** True once the steps have shrunk to nothing: more iterations will not lower the bound. */
  converged: boolean;
  readonly mu: Float64Array;
  theta: number;
  sinceBetter: number;
}

/** Limits for one run of {@link runLagrangian}. */
export interface LagrangianOptions {
  readonly deadline: number;
  readonly now: () => number;
  readonly maxIterations?: number;
  /** Build a whole assignment from each iteration's picks and improve it by local search (default true). */
  readonly search?: boolean;
}

/**
 * A Lagrangian search starting from `incumbent`, each group priced at half its best worth and the first
 * step at twice Polyak's (as Held and Karp's; tried against the flow's dual prices, which start lower but
 * converge more slowly here).
 */
export function createLagrangian(p: AssignmentProblem, incumbent: AssignmentSolution): Lagrangian {
  let applies = true;
  for (let r = 0; r < p.referrals; r++) if (p.split[r] && (p.demand[r] as number) > 1) applies = false;
  const mu = new Float64Array(p.referrals);
  for (let r = 0; r < p.referrals; r++) {
    const e = p.start[r] as number;
    if ((p.start[r + 1] as number) > e)
      mu[r] = 0.5 * (p.demand[r] as number) * ((p.value[e] as number) + (p.bonus[r] as number));
  }
  return {
    applies,
    bound: Number.POSITIVE_INFINITY,
    best: incumbent,
    iterations: 0,
    converged: !applies,
    mu,
    theta: 2,
    sinceBetter: 0,
  };
}

/**
 * An upper bound on the whole-group objective that can be much tighter than the flow relaxation's, and a
 * primal heuristic riding on it. The "each group in at most one vacancy" constraints are moved into the
 * objective with prices μ ≥ 0, leaving one small knapsack per vacancy (which whole groups to take, within
 * its places), solved exactly by dynamic programming. L(μ) = Σ μ + Σ knapsacks ≥ the optimum for every μ;
 * subgradient steps (Polyak's rule towards the best assignment found, the step halved after 10 iterations
 * without a lower L) lower it. Unlike the flow it counts places a group cannot use (a group of 4 in a
 * vacancy of 5 wastes one), which closes most of the flow's gap on sibling groups.
 *
 * Each iteration's picks are nearly an assignment (a group picked twice, or never): {@link repairPicks}
 * makes them one, and local search improves it when it comes close to the best found. Runs until
 * `deadline`, `maxIterations`, convergence or a proof of optimality, updating `state`.
 */
export function runLagrangian(p: AssignmentProblem, state: Lagrangian, options: LagrangianOptions): void {
  const { deadline, now } = options;
  if (state.converged) return;
  const x = indexOf(p);
  const { mu } = state;
  const chosen = new Int32Array(p.referrals);
  const picks = new Int32Array(p.start[p.referrals] as number);
  const out = { value: 0, picked: 0 };
  for (let it = 0; it < (options.maxIterations ?? Number.POSITIVE_INFINITY) && now() < deadline; it++) {
    state.iterations++;
    chosen.fill(0);
    let value = 0;
    out.picked = 0;
    for (let r = 0; r < p.referrals; r++) value += mu[r] as number;
    for (let v = 0; v < p.vacancies; v++) {
      const from = out.picked;
      knapsack(p, x, v, mu, picks, out);
      value += out.value;
      for (let j = from; j < out.picked; j++) {
        const r = x.owner[picks[j] as number] as number;
        chosen[r] = (chosen[r] as number) + 1;
      }
    }
    if (value < state.bound - 1e-9) {
      state.bound = value;
      state.sinceBetter = 0;
    } else if (++state.sinceBetter >= 10) {
      state.theta /= 2;
      state.sinceBetter = 0;
    }
    if (options.search !== false)
      state.best = searchFrom(p, x, picks.subarray(0, out.picked), state.best, deadline, now);
    if (provenOptimal(state.bound, state.best.objective) || state.theta < 1e-4) {
      state.converged = true;
      return;
    }
    let norm = 0;
    for (let r = 0; r < p.referrals; r++) {
      const g = 1 - (chosen[r] as number);
      if (!((mu[r] as number) === 0 && g > 0)) norm += g * g;
    }
    if (norm === 0) {
      state.converged = true;
      return;
    }
    const step = (state.theta * (value - state.best.objective)) / norm;
    for (let r = 0; r < p.referrals; r++)
      mu[r] = Math.max(0, (mu[r] as number) - step * (1 - (chosen[r] as number)));
  }
}

/**
 * Whether an integer-valued objective `best` is proven optimal by `bound` (no integer lies between them;
 * the tolerance covers rounding in the bound's sums).
 */
export function provenOptimal(bound: number, best: number): boolean {
  return bound - best < 1 - 1e-6 * Math.max(1, Math.abs(bound) / 2 ** 40);
}

function searchFrom(
  p: AssignmentProblem,
  x: VacancyIndex,
  picks: Int32Array,
  best: AssignmentSolution,
  deadline: number,
  now: () => number,
): AssignmentSolution {
  const repaired = repairPicks(p, x.owner, picks);
  // Local search is dearer than a repair: only for starts within 2% of the best found.
  if (repaired.objective < best.objective * 0.98) return best;
  const improved = improveAssignment(p, repaired, deadline, now);
  return improved.objective > best.objective ? improved : best;
}

/** Candidate edges grouped by vacancy, each edge's owner and whole-group worth. */
interface VacancyIndex {
  readonly owner: Int32Array;
  readonly worth: Float64Array;
  readonly start: Int32Array;
  readonly edges: Int32Array;
  /** Knapsack scratch: the items (edges) and their gains, best value by places, and (item, places) taken. */
  readonly items: Int32Array;
  readonly gains: Float64Array;
  readonly best: Float64Array;
  take: Uint8Array;
}

const indexes = new WeakMap<AssignmentProblem, VacancyIndex>();

function indexOf(p: AssignmentProblem): VacancyIndex {
  let x = indexes.get(p);
  if (!x) {
    x = indexByVacancy(p);
    indexes.set(p, x);
  }
  return x;
}

function indexByVacancy(p: AssignmentProblem): VacancyIndex {
  const m = p.start[p.referrals] as number;
  const owner = new Int32Array(m);
  const worth = new Float64Array(m);
  for (let r = 0; r < p.referrals; r++)
    for (let e = p.start[r] as number; e < (p.start[r + 1] as number); e++) {
      owner[e] = r;
      worth[e] = (p.demand[r] as number) * ((p.value[e] as number) + (p.bonus[r] as number));
    }
  // Edges grouped by vacancy (counting sort), each vacancy's edges in edge order.
  const start = new Int32Array(p.vacancies + 1);
  for (let e = 0; e < m; e++)
    start[(p.vacancy[e] as number) + 1] = (start[(p.vacancy[e] as number) + 1] as number) + 1;
  for (let v = 0; v < p.vacancies; v++) start[v + 1] = (start[v + 1] as number) + (start[v] as number);
  const edges = new Int32Array(m);
  const fill = start.slice(0, p.vacancies);
  for (let e = 0; e < m; e++) {
    const v = p.vacancy[e] as number;
    edges[fill[v] as number] = e;
    fill[v] = (fill[v] as number) + 1;
  }
  let widest = 0;
  for (let v = 0; v < p.vacancies; v++) widest = Math.max(widest, p.capacity[v] as number);
  let longest = 0;
  for (let v = 0; v < p.vacancies; v++)
    longest = Math.max(longest, (start[v + 1] as number) - (start[v] as number));
  return {
    owner,
    worth,
    start,
    edges,
    items: new Int32Array(longest),
    gains: new Float64Array(longest),
    best: new Float64Array(widest + 1),
    take: new Uint8Array(0),
  };
}

/**
 * The best set of whole groups for vacancy v at prices μ: appends the chosen edges to `picks` from
 * `out.picked`, and sets `out.value` to the knapsack's value and `out.picked` to the new end of `picks`.
 */
function knapsack(
  p: AssignmentProblem,
  x: VacancyIndex,
  v: number,
  mu: Float64Array,
  picks: Int32Array,
  out: { value: number; picked: number },
): void {
  out.value = 0;
  const cap = p.capacity[v] as number;
  const from = x.start[v] as number;
  const to = x.start[v + 1] as number;
  if (from === to || cap <= 0) return;
  // Only groups that gain at this price and fit can be taken: most edges drop out here.
  let n = 0;
  for (let k = from; k < to; k++) {
    const e = x.edges[k] as number;
    const r = x.owner[e] as number;
    const gain = (x.worth[e] as number) - (mu[r] as number);
    if (gain > 0 && (p.demand[r] as number) <= cap) {
      x.items[n] = e;
      x.gains[n++] = gain;
    }
  }
  if (n === 0) return;
  const width = cap + 1;
  if (x.take.length < n * width) x.take = new Uint8Array(Math.max(n * width, x.take.length * 2));
  const best = x.best.fill(0, 0, width);
  const take = x.take.fill(0, 0, n * width);
  for (let k = 0; k < n; k++) {
    const size = p.demand[x.owner[x.items[k] as number] as number] as number;
    const gain = x.gains[k] as number;
    for (let c = cap; c >= size; c--) {
      const withIt = (best[c - size] as number) + gain;
      if (withIt > (best[c] as number)) {
        best[c] = withIt;
        take[k * width + c] = 1;
      }
    }
  }
  let c = cap;
  for (let k = n - 1; k >= 0; k--) {
    if (take[k * width + c]) {
      const e = x.items[k] as number;
      picks[out.picked++] = e;
      c -= p.demand[x.owner[e] as number] as number;
    }
  }
  out.value = best[cap] as number;
}

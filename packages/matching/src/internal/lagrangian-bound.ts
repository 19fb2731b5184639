import type { AssignmentProblem } from './assignment-problem.js';

/**
 * An upper bound on the whole-group objective that can be tighter than the flow relaxation's: the
 * "each group in at most one vacancy" constraints are moved into the objective with prices μ ≥ 0, leaving
 * one small knapsack per vacancy (which whole groups to take, within its places), solved exactly by dynamic
 * programming. L(μ) = Σ μ + Σ knapsacks ≥ the optimum for every μ; a subgradient search (Polyak steps
 * towards `incumbent`) lowers it until `deadline`. Unlike the flow, it counts places a group cannot use
 * (a group of 4 in a vacancy of 5 wastes one). Only for problems where no group may split; returns
 * +Infinity otherwise.
 */
export function lagrangianBound(
  p: AssignmentProblem,
  incumbent: number,
  deadline: number,
  now: () => number,
  maxIterations = 400,
): number {
  for (let r = 0; r < p.referrals; r++)
    if (p.split[r] && (p.demand[r] as number) > 1) return Number.POSITIVE_INFINITY;
  const m = p.start[p.referrals] as number;
  const owner = new Int32Array(m);
  for (let r = 0; r < p.referrals; r++)
    for (let e = p.start[r] as number; e < (p.start[r + 1] as number); e++) owner[e] = r;
  // Edges grouped by vacancy (counting sort).
  const vStart = new Int32Array(p.vacancies + 1);
  for (let e = 0; e < m; e++)
    vStart[(p.vacancy[e] as number) + 1] = (vStart[(p.vacancy[e] as number) + 1] as number) + 1;
  for (let v = 0; v < p.vacancies; v++) vStart[v + 1] = (vStart[v + 1] as number) + (vStart[v] as number);
  const byVacancy = new Int32Array(m);
  const fill = vStart.slice(0, p.vacancies);
  for (let e = 0; e < m; e++) {
    const v = p.vacancy[e] as number;
    byVacancy[fill[v] as number] = e;
    fill[v] = (fill[v] as number) + 1;
  }
  const worth = (e: number) => {
    const r = owner[e] as number;
    return (p.demand[r] as number) * ((p.value[e] as number) + (p.bonus[r] as number));
  };
  // Start each price at half the group's best single worth (faster here than 0.8 or 0.95); steps adjust it.
  const mu = new Float64Array(p.referrals);
  for (let r = 0; r < p.referrals; r++)
    if ((p.start[r + 1] as number) > (p.start[r] as number)) mu[r] = worth(p.start[r] as number) * 0.5;
  const chosen = new Int32Array(p.referrals);
  let best = Number.POSITIVE_INFINITY;
  let theta = 1;
  let sinceBetter = 0;
  for (let it = 0; it < maxIterations && now() < deadline; it++) {
    chosen.fill(0);
    let value = 0;
    for (let r = 0; r < p.referrals; r++) value += mu[r] as number;
    for (let v = 0; v < p.vacancies; v++)
      value += knapsack(p, v, vStart, byVacancy, owner, mu, worth, chosen);
    if (value < best - 1e-9) {
      best = value;
      sinceBetter = 0;
    } else if (++sinceBetter >= 10) {
      theta /= 2;
      sinceBetter = 0;
    }
    if (best <= incumbent + 1e-6 || theta < 1e-4) break;
    let norm = 0;
    for (let r = 0; r < p.referrals; r++) {
      const g = 1 - (chosen[r] as number);
      if (!((mu[r] as number) === 0 && g > 0)) norm += g * g;
    }
    if (norm === 0) break;
    const step = (theta * (value - incumbent)) / norm;
    for (let r = 0; r < p.referrals; r++)
      mu[r] = Math.max(0, (mu[r] as number) - step * (1 - (chosen[r] as number)));
  }
  return best;
}

const table = { value: new Float64Array(0), take: new Uint8Array(0) };

/** The best set of whole groups for vacancy v at prices μ; adds 1 to `chosen` for each group taken. */
function knapsack(
  p: AssignmentProblem,
  v: number,
  vStart: Int32Array,
  byVacancy: Int32Array,
  owner: Int32Array,
  mu: Float64Array,
  worth: (e: number) => number,
  chosen: Int32Array,
): number {
  const cap = p.capacity[v] as number;
  const from = vStart[v] as number;
  const to = vStart[v + 1] as number;
  const n = to - from;
  if (n === 0 || cap <= 0) return 0;
  const width = cap + 1;
  if (table.value.length < width) table.value = new Float64Array(width);
  if (table.take.length < n * width) table.take = new Uint8Array(n * width);
  const best = table.value.fill(0, 0, width);
  const take = table.take;
  for (let k = 0; k < n; k++) {
    const e = byVacancy[from + k] as number;
    const r = owner[e] as number;
    const size = p.demand[r] as number;
    const gain = worth(e) - (mu[r] as number);
    take.fill(0, k * width, k * width + width);
    if (gain <= 0 || size > cap) continue;
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
      const r = owner[byVacancy[from + k] as number] as number;
      chosen[r] = (chosen[r] as number) + 1;
      c -= p.demand[r] as number;
    }
  }
  return best[cap] as number;
}

import { stepOperator } from './step-operator.js';

/** Daily rates of a flow model after scenario adjustments. */
export interface Rates {
  transitions: ArrayLike<number>[];
  leaves: ArrayLike<number>;
  entries: ArrayLike<number>;
}

/**
 * Solves dx/dt = x·Q + e exactly at each step (see `stepOperator`): constant rates give the closed-form
 * answer, not an Euler approximation. Returns (steps + 1) × states values, row per date: in `into` when
 * given (a bootstrap reuses one buffer for its thousands of projections), else in a new array.
 */
export function integrate(
  rates: Rates,
  initial: ArrayLike<number>,
  steps: number,
  stepDays: number,
  into?: Float64Array,
): Float64Array {
  const n = initial.length;
  const qh = new Float64Array(n * n);
  const eh = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const out = rates.transitions[i] as ArrayLike<number>;
    let total = rates.leaves[i] as number;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      qh[i * n + j] = (out[j] as number) * stepDays;
      total += out[j] as number;
    }
    qh[i * n + i] = -total * stepDays;
    eh[i] = (rates.entries[i] as number) * stepDays;
  }
  const { transition, inflow } = stepOperator(qh, eh, n);
  // Column by column, each over its non-zero rows only (a child never moves to a younger age band, so a
  // column of a band takes nothing from the rows of older bands), in ascending row order as a row-by-row
  // product would add them: skipping exact zeros leaves every sum as it was.
  const column = new Float64Array(n * n);
  const first = new Int32Array(n);
  const last = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    first[j] = n;
    last[j] = -1;
    for (let i = 0; i < n; i++) {
      const v = transition[i * n + j] as number;
      column[j * n + i] = v;
      if (v === 0) continue;
      if (i < (first[j] as number)) first[j] = i;
      last[j] = i;
    }
  }
  const result = into ?? new Float64Array((steps + 1) * n);
  for (let j = 0; j < n; j++) result[j] = initial[j] as number;
  for (let k = 1; k <= steps; k++) {
    const from = (k - 1) * n;
    for (let j = 0; j < n; j++) {
      let sum = inflow[j] as number;
      const col = j * n;
      const hi = last[j] as number;
      for (let i = first[j] as number; i <= hi; i++)
        sum += (result[from + i] as number) * (column[col + i] as number);
      result[k * n + j] = sum;
    }
  }
  return result;
}

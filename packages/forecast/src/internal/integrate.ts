import { createStepWorkspace, type StepWorkspace, stepOperator } from './step-operator.js';

/** Daily rates of a flow model after scenario adjustments. */
export interface Rates {
  transitions: ArrayLike<number>[];
  leaves: ArrayLike<number>;
  entries: ArrayLike<number>;
}

/** Buffers for {@link integrate} on n states, for a bootstrap's thousands of projections of one size. */
export interface IntegrateWorkspace {
  qh: Float64Array;
  eh: Float64Array;
  column: Float64Array;
  first: Int32Array;
  last: Int32Array;
  step: StepWorkspace;
}

/** Fresh buffers for {@link integrate} on n states. */
export function createIntegrateWorkspace(n: number): IntegrateWorkspace {
  return {
    qh: new Float64Array(n * n),
    eh: new Float64Array(n),
    column: new Float64Array(n * n),
    first: new Int32Array(n),
    last: new Int32Array(n),
    step: createStepWorkspace(n),
  };
}

/**
 * Solves dx/dt = x·Q + e exactly at each step (see `stepOperator`): constant rates give the closed-form
 * answer, not an Euler approximation. Returns (steps + 1) × states values, row per date: in `into` when
 * given (a bootstrap reuses one buffer for its thousands of projections), else in a new array; `workspace`
 * likewise holds the step's own buffers.
 */
export function integrate(
  rates: Rates,
  initial: ArrayLike<number>,
  steps: number,
  stepDays: number,
  into?: Float64Array,
  workspace: IntegrateWorkspace = createIntegrateWorkspace(initial.length),
): Float64Array {
  const n = initial.length;
  const { qh, eh, column, first, last } = workspace;
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
  const { transition, inflow } = stepOperator(qh, eh, n, workspace.step);
  // Column by column, each over its non-zero rows only (a child never moves to a younger age band, so a
  // column of a band takes nothing from the rows of older bands), in ascending row order as a row-by-row
  // product would add them. Four columns go together over the rows any of them needs: four sums that do
  // not wait on each other run about twice as fast as one. A row outside a column's own ones adds an exact
  // zero, and skipping or adding exact zeros leaves every sum as it was.
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
  const grouped = n - (n % 4);
  for (let j = 0; j < grouped; j += 4) {
    first[j] = Math.min(
      first[j] as number,
      first[j + 1] as number,
      first[j + 2] as number,
      first[j + 3] as number,
    );
    last[j] = Math.max(
      last[j] as number,
      last[j + 1] as number,
      last[j + 2] as number,
      last[j + 3] as number,
    );
  }
  const result = into ?? new Float64Array((steps + 1) * n);
  for (let j = 0; j < n; j++) result[j] = initial[j] as number;
  for (let k = 1; k <= steps; k++) {
    const from = (k - 1) * n;
    const to = k * n;
    for (let j = 0; j < grouped; j += 4) {
      let s0 = inflow[j] as number;
      let s1 = inflow[j + 1] as number;
      let s2 = inflow[j + 2] as number;
      let s3 = inflow[j + 3] as number;
      const c0 = j * n;
      const c1 = c0 + n;
      const c2 = c1 + n;
      const c3 = c2 + n;
      const hi = last[j] as number;
      for (let i = first[j] as number; i <= hi; i++) {
        const x = result[from + i] as number;
        s0 += x * (column[c0 + i] as number);
        s1 += x * (column[c1 + i] as number);
        s2 += x * (column[c2 + i] as number);
        s3 += x * (column[c3 + i] as number);
      }
      result[to + j] = s0;
      result[to + j + 1] = s1;
      result[to + j + 2] = s2;
      result[to + j + 3] = s3;
    }
    for (let j = grouped; j < n; j++) {
      let sum = inflow[j] as number;
      const col = j * n;
      const hi = last[j] as number;
      for (let i = first[j] as number; i <= hi; i++)
        sum += (result[from + i] as number) * (column[col + i] as number);
      result[to + j] = sum;
    }
  }
  return result;
}

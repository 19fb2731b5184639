import { expm, zeroMatrix } from './expm.js';

/** Daily rates of a flow model after scenario adjustments. */
export interface Rates {
  transitions: ArrayLike<number>[];
  leaves: ArrayLike<number>;
  entries: ArrayLike<number>;
}

/**
 * Solves dx/dt = x·Q + e exactly at each step: the augmented row vector [x, 1] evolves by
 * exp(A·h) with A = [[Q, 0], [e, 0]], so constant rates give the closed-form answer, not an
 * Euler approximation. Returns (steps + 1) × states values, row per date.
 */
export function integrate(
  rates: Rates,
  initial: ArrayLike<number>,
  steps: number,
  stepDays: number,
): Float64Array {
  const n = initial.length;
  const a = zeroMatrix(n + 1);
  for (let i = 0; i < n; i++) {
    const row = a[i] as Float64Array;
    const out = rates.transitions[i] as ArrayLike<number>;
    let total = rates.leaves[i] as number;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const r = (out[j] as number) * stepDays;
      row[j] = r;
      total += out[j] as number;
    }
    row[i] = -total * stepDays;
    (a[n] as Float64Array)[i] = (rates.entries[i] as number) * stepDays;
  }
  const m = expm(a);
  const result = new Float64Array((steps + 1) * n);
  for (let j = 0; j < n; j++) result[j] = initial[j] as number;
  const current = new Float64Array(n + 1);
  const next = new Float64Array(n + 1);
  for (let j = 0; j < n; j++) current[j] = initial[j] as number;
  current[n] = 1;
  for (let k = 1; k <= steps; k++) {
    next.fill(0);
    for (let i = 0; i <= n; i++) {
      const xi = current[i] as number;
      if (xi === 0) continue;
      const row = m[i] as Float64Array;
      for (let j = 0; j < n; j++) next[j] = (next[j] as number) + xi * (row[j] as number);
    }
    for (let j = 0; j < n; j++) {
      current[j] = next[j] as number;
      result[k * n + j] = next[j] as number;
    }
  }
  return result;
}

import type { AssignmentProblem } from './assignment-problem.js';

/** A problem keeping only candidate edges worth at least `minValue`, and each kept edge's old index. */
export interface RestrictedProblem {
  readonly problem: AssignmentProblem;
  readonly original: Int32Array;
}

/**
 * The problem with candidates below `minValue` removed and `bonus` per child placed in place of the
 * fairness bonuses (a bonus above every score total makes placing one more child worth more than any score).
 */
export function restrictProblem(p: AssignmentProblem, minValue: number, bonus: number): RestrictedProblem {
  const start = new Int32Array(p.referrals + 1);
  const original: number[] = [];
  for (let r = 0; r < p.referrals; r++) {
    for (let e = p.start[r] as number; e < (p.start[r + 1] as number); e++)
      if ((p.value[e] as number) >= minValue) original.push(e);
    start[r + 1] = original.length;
  }
  return {
    problem: {
      ...p,
      start,
      vacancy: Int32Array.from(original, (e) => p.vacancy[e] as number),
      value: Float64Array.from(original, (e) => p.value[e] as number),
      bonus: new Float64Array(p.referrals).fill(bonus),
    },
    original: Int32Array.from(original),
  };
}

/** Units on the full problem's edges from units on a restricted problem's. */
export function expandUnits(
  full: AssignmentProblem,
  restricted: RestrictedProblem,
  units: Int32Array,
): Int32Array {
  const out = new Int32Array(full.value.length);
  restricted.original.forEach((e, k) => {
    out[e] = units[k] as number;
  });
  return out;
}

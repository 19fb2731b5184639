import type { Kernels } from './kernels.js';

/**
 * One step of a flow model: x(t + h) = x(t)·transition + inflow, for dx/dt = x·Q + e with constant rates.
 * `transition` is exp(Q·h) (n × n, row by row) and `inflow` is e·h·φ(Q·h), where φ(z) = (exp(z) − 1)/z:
 * the bottom row of exp(A·h) for the augmented generator A = [[Q, 0], [e, 0]].
 */
export interface StepOperator {
  transition: Float64Array;
  inflow: Float64Array;
}

/**
 * Buffers for {@link stepOperator}, for a caller that works out thousands of operators of one size (a
 * bootstrap): with one given, the operator's arrays are the workspace's own, overwritten by the next call.
 */
export interface StepWorkspace {
  scaled: Float64Array;
  phi: Float64Array;
  matrices: [Float64Array, Float64Array, Float64Array];
  inflows: [Float64Array, Float64Array];
  /**
   * Each row's first and last column that can hold other than zero, for three matrices: `scaled` from 0,
   * a product's left factor from 2n, the product from 4n.
   */
  ranges: Int32Array;
  /**
   * With the WebAssembly kernels (see `kernels.wat`), whose memory the matrices and ranges above are then
   * views of: the products and series terms run there, with the same bits.
   */
  kernels: Kernels | undefined;
}

/**
 * Fresh buffers for {@link stepOperator} on n states.
 *
 * @example
 * const workspace = createStepWorkspace(16);
 */
export function createStepWorkspace(n: number): StepWorkspace {
  return stepWorkspaceIn(n, undefined, 0);
}

/** The bytes a {@link StepWorkspace} on n states takes in a kernels' memory (see {@link stepWorkspaceIn}). */
export const stepWorkspaceBytes = (n: number) => 8 * 5 * n * n + 4 * 6 * n;

/**
 * A {@link StepWorkspace} on n states: new arrays, or with `memory` views of its buffer from byte `at` on
 * ({@link stepWorkspaceBytes} of them, `at` a multiple of 8) for its kernels.
 */
export function stepWorkspaceIn(
  n: number,
  memory: { kernels: Kernels; buffer: ArrayBuffer } | undefined,
  at: number,
): StepWorkspace {
  const matrix = (i: number) =>
    memory ? new Float64Array(memory.buffer, at + 8 * i * n * n, n * n) : new Float64Array(n * n);
  // One object literal whichever way: one hidden class for every workspace.
  return {
    scaled: matrix(0),
    phi: matrix(1),
    matrices: [matrix(2), matrix(3), matrix(4)],
    inflows: [new Float64Array(n), new Float64Array(n)],
    ranges: memory ? new Int32Array(memory.buffer, at + 8 * 5 * n * n, 6 * n) : new Int32Array(6 * n),
    kernels: memory?.kernels,
  };
}

/** Largest absolute row sum of an n × n matrix stored row by row. */
function rowNorm(m: Float64Array, n: number): number {
  let norm = 0;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += Math.abs(m[i * n + j] as number);
    if (sum > norm) norm = sum;
  }
  return norm;
}

/** Each row's first and last non-zero column into `ranges[at + 2i]`, `ranges[at + 2i + 1]` (last < first: none). */
function findRanges(m: Float64Array, n: number, ranges: Int32Array, at: number): void {
  for (let i = 0; i < n; i++) {
    let lo = 0;
    while (lo < n && m[i * n + lo] === 0) lo++;
    let hi = n - 1;
    while (hi >= lo && m[i * n + hi] === 0) hi--;
    ranges[at + 2 * i] = lo;
    ranges[at + 2 * i + 1] = hi;
  }
}

/**
 * out = a × b for n × n matrices stored row by row (`out` must be neither), with the range of each row of
 * `out` (see {@link StepWorkspace}'s `ranges`) into `ranges[outAt …]`. Zeros are skipped: a flow model's
 * generator only moves a child within its age band or up one, so every power of it is zero below the band
 * diagonal. Row i of `a` is read over its range (`ranges[aAt …]`, zeros skipped inside it too) and row k of
 * `b` over its own (`ranges[bAt …]`): what is skipped is a zero, whose product adds nothing, and outside its
 * range a row of `out` is exactly zero.
 */
function multiplyInto(
  out: Float64Array,
  a: Float64Array,
  b: Float64Array,
  n: number,
  ranges: Int32Array,
  aAt: number,
  bAt: number,
  outAt: number,
): void {
  out.fill(0);
  for (let i = 0; i < n; i++) {
    const ai = i * n;
    let lowest = n;
    let highest = -1;
    const end = ranges[aAt + 2 * i + 1] as number;
    for (let k = ranges[aAt + 2 * i] as number; k <= end; k++) {
      const aik = a[ai + k] as number;
      if (aik === 0) continue;
      const bk = k * n;
      const lo = ranges[bAt + 2 * k] as number;
      const hi = ranges[bAt + 2 * k + 1] as number;
      if (lo < lowest) lowest = lo;
      if (hi > highest) highest = hi;
      for (let j = lo; j <= hi; j++) out[ai + j] = (out[ai + j] as number) + aik * (b[bk + j] as number);
    }
    ranges[outAt + 2 * i] = lowest;
    ranges[outAt + 2 * i + 1] = highest;
  }
}

/**
 * One term of the series, over each row's range (`ranges[at …]`): term ← term / k, added to `transition`,
 * and term / (k + 1) added to `phi`. Returns the term's largest absolute entry.
 */
function addTerm(
  term: Float64Array,
  transition: Float64Array,
  phi: Float64Array,
  n: number,
  ranges: Int32Array,
  at: number,
  k: number,
): number {
  let largest = 0;
  for (let i = 0; i < n; i++) {
    const end = i * n + (ranges[at + 2 * i + 1] as number);
    for (let x = i * n + (ranges[at + 2 * i] as number); x <= end; x++) {
      const v = (term[x] as number) / k;
      term[x] = v;
      transition[x] = (transition[x] as number) + v;
      phi[x] = (phi[x] as number) + v / (k + 1);
      if (Math.abs(v) > largest) largest = Math.abs(v);
    }
  }
  return largest;
}

/**
 * The exact step of a flow model from its generator scaled by the step (`qh` = Q·h, n × n) and its entries
 * over the step (`eh` = e·h). One Taylor series gives both blocks: with T_k = (Q·h)^k / k!, exp(Q·h) = Σ T_k
 * and φ(Q·h) = Σ T_k / (k + 1). Q·h is first halved s times to a norm of at most 0.5, so the series stops
 * once a term's largest entry falls below 1e-18 (at most 18 terms), and the s halvings are undone by
 * doubling the step: E ← E·E, b ← b·E + b. Entries never enter the norm, so a large authority's many entries
 * cost no extra squarings (the generic scaling and squaring of the augmented matrix paid several).
 *
 * A term is divided and added only over each row's range of entries that can be other than zero (tracked
 * through the products): outside it the term is exactly zero, which would add nothing.
 */
export function stepOperator(
  qh: Float64Array,
  eh: ArrayLike<number>,
  n: number,
  workspace: StepWorkspace = createStepWorkspace(n),
): StepOperator {
  const { scaled, phi, ranges } = workspace;
  const [scaledAt, factorAt, productAt] = [0, 2 * n, 4 * n];
  const norm = rowNorm(qh, n);
  const halvings = norm > 0.5 ? Math.ceil(Math.log2(norm / 0.5)) : 0;
  const scale = 2 ** -halvings;
  for (let x = 0; x < n * n; x++) scaled[x] = (qh[x] as number) * scale;
  findRanges(scaled, n, ranges, scaledAt);
  let [transition, term, spare] = workspace.matrices;
  transition.fill(0);
  phi.fill(0);
  term.fill(0);
  for (let i = 0; i < n; i++) {
    transition[i * n + i] = 1;
    phi[i * n + i] = 1;
    term[i * n + i] = 1;
    ranges[factorAt + 2 * i] = i;
    ranges[factorAt + 2 * i + 1] = i;
  }
  const kernels = workspace.kernels;
  if (kernels) {
    // The same loop in WebAssembly (`kernels.wat`), in one call.
    kernels.series(
      transition.byteOffset,
      phi.byteOffset,
      term.byteOffset,
      spare.byteOffset,
      scaled.byteOffset,
      n,
      ranges.byteOffset,
      factorAt,
      scaledAt,
      productAt,
    );
  } else {
    for (let k = 1; k <= 18; k++) {
      multiplyInto(spare, term, scaled, n, ranges, factorAt, scaledAt, productAt);
      [term, spare] = [spare, term];
      // The product is the next product's left factor.
      ranges.copyWithin(factorAt, productAt, productAt + 2 * n);
      if (addTerm(term, transition, phi, n, ranges, factorAt, k) < 1e-18) break;
    }
  }
  let [inflow, doubled] = workspace.inflows;
  inflow.fill(0);
  for (let i = 0; i < n; i++) {
    const e = ((eh[i] as number) * scale) as number;
    if (e === 0) continue;
    for (let j = 0; j < n; j++) inflow[j] = (inflow[j] as number) + e * (phi[i * n + j] as number);
  }
  for (let s = 0; s < halvings; s++) {
    doubled.fill(0);
    for (let i = 0; i < n; i++) {
      const b = inflow[i] as number;
      if (b === 0) continue;
      for (let j = 0; j < n; j++) doubled[j] = (doubled[j] as number) + b * (transition[i * n + j] as number);
    }
    for (let j = 0; j < n; j++) doubled[j] = (doubled[j] as number) + (inflow[j] as number);
    [inflow, doubled] = [doubled, inflow];
    findRanges(transition, n, ranges, factorAt);
    if (kernels) {
      kernels.multiply(
        spare.byteOffset,
        transition.byteOffset,
        transition.byteOffset,
        n,
        ranges.byteOffset,
        factorAt,
        factorAt,
        productAt,
      );
    } else multiplyInto(spare, transition, transition, n, ranges, factorAt, factorAt, productAt);
    [transition, spare] = [spare, transition];
  }
  return { transition, inflow };
}

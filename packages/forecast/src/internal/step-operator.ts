/**
 * One step of a flow model: x(t + h) = x(t)·transition + inflow, for dx/dt = x·Q + e with constant rates.
 * `transition` is exp(Q·h) (n × n, row by row) and `inflow` is e·h·φ(Q·h), where φ(z) = (exp(z) − 1)/z:
 * the bottom row of exp(A·h) for the augmented generator A = [[Q, 0], [e, 0]].
 */
export interface StepOperator {
  transition: Float64Array;
  inflow: Float64Array;
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

/**
 * out = a × b for n × n matrices stored row by row (`out` must be neither). Zeros are skipped: a flow
 * model's generator only moves a child within its age band or up one, so every power of it is zero below
 * the band diagonal, and each row of `b` is visited only from its first to its last non-zero entry.
 */
function multiplyInto(out: Float64Array, a: Float64Array, b: Float64Array, n: number): void {
  const first = new Int32Array(n);
  const last = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    let lo = 0;
    while (lo < n && b[k * n + lo] === 0) lo++;
    let hi = n - 1;
    while (hi >= lo && b[k * n + hi] === 0) hi--;
    first[k] = lo;
    last[k] = hi;
  }
  out.fill(0);
  for (let i = 0; i < n; i++) {
    const ai = i * n;
    for (let k = 0; k < n; k++) {
      const aik = a[ai + k] as number;
      if (aik === 0) continue;
      const bk = k * n;
      const hi = last[k] as number;
      for (let j = first[k] as number; j <= hi; j++)
        out[ai + j] = (out[ai + j] as number) + aik * (b[bk + j] as number);
    }
  }
}

/**
 * The exact step of a flow model from its generator scaled by the step (`qh` = Q·h, n × n) and its entries
 * over the step (`eh` = e·h). One Taylor series gives both blocks: with T_k = (Q·h)^k / k!, exp(Q·h) = Σ T_k
 * and φ(Q·h) = Σ T_k / (k + 1). Q·h is first halved s times to a norm of at most 0.5, so the series stops
 * once a term's largest entry falls below 1e-18 (at most 18 terms), and the s halvings are undone by
 * doubling the step: E ← E·E, b ← b·E + b. Entries never enter the norm, so a large authority's many entries
 * cost no extra squarings (the generic scaling and squaring of the augmented matrix paid several).
 */
export function stepOperator(qh: Float64Array, eh: ArrayLike<number>, n: number): StepOperator {
  const norm = rowNorm(qh, n);
  const halvings = norm > 0.5 ? Math.ceil(Math.log2(norm / 0.5)) : 0;
  const scale = 2 ** -halvings;
  const scaled = new Float64Array(n * n);
  for (let x = 0; x < scaled.length; x++) scaled[x] = (qh[x] as number) * scale;
  let transition = new Float64Array(n * n);
  const phi = new Float64Array(n * n);
  let term = new Float64Array(n * n);
  let spare = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    transition[i * n + i] = 1;
    phi[i * n + i] = 1;
    term[i * n + i] = 1;
  }
  for (let k = 1; k <= 18; k++) {
    multiplyInto(spare, term, scaled, n);
    [term, spare] = [spare, term];
    let largest = 0;
    for (let x = 0; x < term.length; x++) {
      const v = (term[x] as number) / k;
      term[x] = v;
      transition[x] = (transition[x] as number) + v;
      phi[x] = (phi[x] as number) + v / (k + 1);
      if (Math.abs(v) > largest) largest = Math.abs(v);
    }
    if (largest < 1e-18) break;
  }
  let inflow = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const e = ((eh[i] as number) * scale) as number;
    if (e === 0) continue;
    for (let j = 0; j < n; j++) inflow[j] = (inflow[j] as number) + e * (phi[i * n + j] as number);
  }
  for (let s = 0; s < halvings; s++) {
    const doubled = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const b = inflow[i] as number;
      if (b === 0) continue;
      for (let j = 0; j < n; j++) doubled[j] = (doubled[j] as number) + b * (transition[i * n + j] as number);
    }
    for (let j = 0; j < n; j++) doubled[j] = (doubled[j] as number) + (inflow[j] as number);
    inflow = doubled;
    multiplyInto(spare, transition, transition, n);
    [transition, spare] = [spare, transition];
  }
  return { transition, inflow };
}

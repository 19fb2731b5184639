/** A dense square matrix stored row by row. */
export type Matrix = Float64Array[];

/** out = a × b for n × n matrices stored flat, row by row (`out` must not be `a` or `b`). */
function multiplyInto(out: Float64Array, a: Float64Array, b: Float64Array, n: number): void {
  out.fill(0);
  for (let i = 0; i < n; i++) {
    const ai = i * n;
    for (let k = 0; k < n; k++) {
      const aik = a[ai + k] as number;
      if (aik === 0) continue;
      const bk = k * n;
      for (let j = 0; j < n; j++) out[ai + j] = (out[ai + j] as number) + aik * (b[bk + j] as number);
    }
  }
}

/**
 * A reference matrix exponential for tests (the library steps with `stepOperator`): scaling and squaring
 * with a Taylor series, exact to about 1e-14 for the small generator matrices of a flow model.
 */
export function expm(a: Matrix): Matrix {
  const n = a.length;
  let norm = 0;
  for (const row of a) {
    let sum = 0;
    for (const v of row) sum += Math.abs(v);
    norm = Math.max(norm, sum);
  }
  const squarings = norm > 0.5 ? Math.ceil(Math.log2(norm / 0.5)) : 0;
  const scale = 2 ** -squarings;
  const scaled = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const row = a[i] as Float64Array;
    for (let j = 0; j < n; j++) scaled[i * n + j] = (row[j] as number) * scale;
  }
  let result = new Float64Array(n * n);
  let term = new Float64Array(n * n);
  let spare = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    result[i * n + i] = 1;
    term[i * n + i] = 1;
  }
  for (let k = 1; k <= 18; k++) {
    multiplyInto(spare, term, scaled, n);
    [term, spare] = [spare, term];
    let largest = 0;
    for (let x = 0; x < term.length; x++) {
      const v = (term[x] as number) / k;
      term[x] = v;
      result[x] = (result[x] as number) + v;
      if (Math.abs(v) > largest) largest = Math.abs(v);
    }
    if (largest < 1e-18) break;
  }
  for (let s = 0; s < squarings; s++) {
    multiplyInto(spare, result, result, n);
    [result, spare] = [spare, result];
  }
  return Array.from({ length: n }, (_, i) => result.slice(i * n, (i + 1) * n));
}

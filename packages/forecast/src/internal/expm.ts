/** A dense square matrix stored row by row. */
export type Matrix = Float64Array[];

export function zeroMatrix(n: number): Matrix {
  return Array.from({ length: n }, () => new Float64Array(n));
}

function multiply(a: Matrix, b: Matrix): Matrix {
  const n = a.length;
  const out = zeroMatrix(n);
  for (let i = 0; i < n; i++) {
    const ai = a[i] as Float64Array;
    const oi = out[i] as Float64Array;
    for (let k = 0; k < n; k++) {
      const aik = ai[k] as number;
      if (aik === 0) continue;
      const bk = b[k] as Float64Array;
      for (let j = 0; j < n; j++) oi[j] = (oi[j] as number) + aik * (bk[j] as number);
    }
  }
  return out;
}

/**
 * The matrix exponential by scaling and squaring with a Taylor series: exact enough (about 1e-14)
 * for the small generator matrices of a flow model, and free of dependencies.
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
  const scaled = a.map((row) => row.map((v) => v * scale));
  let result = zeroMatrix(n);
  let term = zeroMatrix(n);
  for (let i = 0; i < n; i++) {
    (result[i] as Float64Array)[i] = 1;
    (term[i] as Float64Array)[i] = 1;
  }
  for (let k = 1; k <= 18; k++) {
    term = multiply(term, scaled).map((row) => row.map((v) => v / k));
    for (let i = 0; i < n; i++) {
      const r = result[i] as Float64Array;
      const t = term[i] as Float64Array;
      for (let j = 0; j < n; j++) r[j] = (r[j] as number) + (t[j] as number);
    }
  }
  for (let s = 0; s < squarings; s++) result = multiply(result, result);
  return result;
}

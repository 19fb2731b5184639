import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expm, type Matrix } from './expm.js';

const rows = (values: number[][]): Matrix => values.map((r) => Float64Array.from(r));

describe('expm', () => {
  it('is the closed form for a two-state generator, worked by hand', () => {
    // Q = [[-a, a], [b, -b]] over t: P = 1/(a+b) [[b + a·e, a − a·e], [b − b·e, a + b·e]], e = exp(−(a+b)t).
    const a = 0.3;
    const b = 0.1;
    const t = 7;
    const e = Math.exp(-(a + b) * t);
    const p = expm(
      rows([
        [-a * t, a * t],
        [b * t, -b * t],
      ]),
    );
    const want = [
      [(b + a * e) / (a + b), (a - a * e) / (a + b)],
      [(b - b * e) / (a + b), (a + b * e) / (a + b)],
    ];
    for (let i = 0; i < 2; i++)
      for (let j = 0; j < 2; j++) expect(p[i]?.[j]).toBeCloseTo(want[i]?.[j] ?? 0, 13);
  });

  it('is exp of each entry for a diagonal matrix, and the identity for zero', () => {
    const p = expm(
      rows([
        [-2, 0, 0],
        [0, 0.5, 0],
        [0, 0, 3],
      ]),
    );
    expect(p[0]?.[0]).toBeCloseTo(Math.exp(-2), 13);
    expect(p[1]?.[1]).toBeCloseTo(Math.exp(0.5), 13);
    expect(p[2]?.[2] ?? 0).toBeCloseTo(Math.exp(3), 12);
    expect(p[0]?.[1]).toBe(0);
    expect(
      expm(
        rows([
          [0, 0],
          [0, 0],
        ]),
      ),
    ).toEqual(
      rows([
        [1, 0],
        [0, 1],
      ]),
    );
  });

  it('keeps the rows of a generator summing to 1 (a transition matrix), for random generators', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 8 }).chain((n) =>
          fc.array(fc.array(fc.double({ min: 0, max: 2, noNaN: true }), { minLength: n, maxLength: n }), {
            minLength: n,
            maxLength: n,
          }),
        ),
        (rates) => {
          const q = rates.map((r, i) => {
            const row = Float64Array.from(r);
            row[i] = 0;
            row[i] = -row.reduce((s, v) => s + v, 0);
            return row;
          });
          for (const row of expm(q)) {
            expect(row.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 10);
            for (const v of row) expect(v).toBeGreaterThanOrEqual(-1e-12);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantileSorted, summariseAmounts, summariseSorted } from './quantile.js';

describe('quantileSorted (Hyndman & Fan type 7)', () => {
  it('matches R quantile(type = 7) and Excel PERCENTILE.INC', () => {
    expect(quantileSorted([1, 2, 3, 4], 0.25)).toBe(1.75); // type 6 would give 1.25
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileSorted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.1)).toBeCloseTo(1.9, 12);
    expect(quantileSorted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1, 12);
    expect(quantileSorted([15, 20, 35, 40, 50], 0.4)).toBe(29); // PERCENTILE.INC({15,20,35,40,50},0.4)
    expect(quantileSorted([7], 0.9)).toBe(7);
    expect(quantileSorted([], 0.5)).toBeNaN();
    expect(quantileSorted([1, 2], 0)).toBe(1);
    expect(quantileSorted([1, 2], 1)).toBe(2);
  });

  it('is monotone in p and stays within the data', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 200 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, a, b) => {
          const sorted = Float64Array.from(values).sort();
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const qlo = quantileSorted(sorted, lo);
          const qhi = quantileSorted(sorted, hi);
          expect(qlo).toBeLessThanOrEqual(qhi + 1e-9);
          expect(qlo).toBeGreaterThanOrEqual((sorted[0] as number) - 1e-9);
          expect(qhi).toBeLessThanOrEqual((sorted[sorted.length - 1] as number) + 1e-9);
        },
      ),
    );
  });
});

describe('summariseAmounts', () => {
  it('gives the benchmark statistics and Tukey fences', () => {
    const s = summariseSorted(Float64Array.from([1, 2, 3, 4, 100]));
    expect(s).toMatchObject({ count: 5, mean: 22, min: 1, q1: 2, median: 3, q3: 4, max: 100, iqr: 2 });
    expect([s.lowerFence, s.upperFence]).toEqual([-1, 7]);
  });

  it('orders its statistics and does not change its input', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 100 }),
        (values) => {
          const copy = [...values];
          const s = summariseAmounts(values);
          expect(values).toEqual(copy);
          const chain = [s.min, s.p10, s.q1, s.median, s.q3, s.p90, s.max];
          chain.slice(1).forEach((v, i) => {
            expect(v).toBeGreaterThanOrEqual(chain[i] as number);
          });
          expect(s.mean).toBeGreaterThanOrEqual(s.min);
          expect(s.mean).toBeLessThanOrEqual(s.max);
        },
      ),
    );
  });
});

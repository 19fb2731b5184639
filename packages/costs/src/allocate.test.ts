import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocatePence } from './allocate.js';

describe('allocatePence', () => {
  it('gives left-over pence to the largest remainders, ties to the earlier part', () => {
    expect(allocatePence(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocatePence(10, [1, 2])).toEqual([3, 7]);
    expect(allocatePence(5, [0.5, 0.3, 0.2])).toEqual([3, 1, 1]);
    expect(allocatePence(7, [0, 0])).toEqual([7, 0]);
    expect(allocatePence(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
    expect(allocatePence(3, [])).toEqual([]);
  });

  it('never changes the total and keeps every part within a penny of its exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 20 }),
        (total, weights) => {
          const parts = allocatePence(total, weights);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          const sum = weights.reduce((a, b) => a + b, 0);
          if (sum > 0) {
            parts.forEach((part, i) => {
              expect(Math.abs(part - (total * (weights[i] ?? 0)) / sum)).toBeLessThan(1 + 1e-6);
            });
          }
        },
      ),
    );
  });
});

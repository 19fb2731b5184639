import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stepOperator } from '../src/internal/step-operator.js';
import { expm } from './expm.js';

describe('stepOperator', () => {
  it('is the closed form for one state with leaving rate λ and entries e, worked by hand', () => {
    // dx/dt = −λx + e: x(h) = x(0)·exp(−λh) + (e/λ)(1 − exp(−λh)).
    for (const [lambda, e, h] of [
      [0.002, 0.3, 7],
      [0.5, 40, 7], // Q·h = 3.5: halved three times, then doubled back
      [3, 2, 1],
    ] as const) {
      const { transition, inflow } = stepOperator(Float64Array.of(-lambda * h), [e * h], 1);
      expect(transition[0]).toBeCloseTo(Math.exp(-lambda * h), 14);
      expect(inflow[0] as number).toBeCloseTo((e / lambda) * (1 - Math.exp(-lambda * h)), 11);
    }
  });

  it('agrees with the exponential of the augmented generator [[Q, 0], [e, 0]], for random rates', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7 }).chain((n) =>
          fc.record({
            rates: fc.array(
              fc.array(fc.double({ min: 0, max: 0.4, noNaN: true }), { minLength: n, maxLength: n }),
              {
                minLength: n,
                maxLength: n,
              },
            ),
            leaves: fc.array(fc.double({ min: 0, max: 0.4, noNaN: true }), { minLength: n, maxLength: n }),
            entries: fc.array(fc.double({ min: 0, max: 30, noNaN: true }), { minLength: n, maxLength: n }),
            h: fc.constantFrom(1, 7),
          }),
        ),
        ({ rates, leaves, entries, h }) => {
          const n = leaves.length;
          const qh = new Float64Array(n * n);
          const augmented = Array.from({ length: n + 1 }, () => new Float64Array(n + 1));
          for (let i = 0; i < n; i++) {
            let out = leaves[i] as number;
            for (let j = 0; j < n; j++) {
              if (j === i) continue;
              qh[i * n + j] = (rates[i]?.[j] as number) * h;
              out += rates[i]?.[j] as number;
            }
            qh[i * n + i] = -out * h;
            for (let j = 0; j < n; j++) (augmented[i] as Float64Array)[j] = qh[i * n + j] as number;
            (augmented[n] as Float64Array)[i] = (entries[i] as number) * h;
          }
          const want = expm(augmented);
          const got = stepOperator(
            qh,
            entries.map((e) => e * h),
            n,
          );
          for (let i = 0; i < n; i++)
            for (let j = 0; j < n; j++) {
              const w = want[i]?.[j] as number;
              expect(Math.abs((got.transition[i * n + j] as number) - w)).toBeLessThan(1e-12);
            }
          for (let j = 0; j < n; j++) {
            const w = want[n]?.[j] as number;
            expect(Math.abs((got.inflow[j] as number) - w)).toBeLessThan(1e-10 * Math.max(1, Math.abs(w)));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { integrate, type Rates } from '../src/internal/integrate.js';
import { stepOperator } from '../src/internal/step-operator.js';

/** The projection as a plain row-by-row product, every row of every column in ascending order, zeros too. */
function reference(rates: Rates, initial: number[], steps: number, stepDays: number): number[] {
  const n = initial.length;
  const qh = new Float64Array(n * n);
  const eh = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let total = rates.leaves[i] as number;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      qh[i * n + j] = (rates.transitions[i]?.[j] as number) * stepDays;
      total += rates.transitions[i]?.[j] as number;
    }
    qh[i * n + i] = -total * stepDays;
    eh[i] = (rates.entries[i] as number) * stepDays;
  }
  const { transition, inflow } = stepOperator(qh, eh, n);
  const out = [...initial];
  for (let k = 1; k <= steps; k++) {
    for (let j = 0; j < n; j++) {
      let sum = inflow[j] as number;
      for (let i = 0; i < n; i++) sum += (out[(k - 1) * n + i] as number) * (transition[i * n + j] as number);
      out.push(sum);
    }
  }
  return out;
}

const rate = fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.05, noNaN: true }));

describe('integrate', () => {
  it('gives exactly the plain product, for any state count (not only fours) and zeros anywhere, empty states too', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 18 }).chain((n) =>
          fc.record({
            transitions: fc.array(fc.array(rate, { minLength: n, maxLength: n }), {
              minLength: n,
              maxLength: n,
            }),
            leaves: fc.array(rate, { minLength: n, maxLength: n }),
            // Zeros often, so that some states nobody starts in, enters or moves to stay empty.
            entries: fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 5, noNaN: true })), {
              minLength: n,
              maxLength: n,
            }),
            initial: fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 500, noNaN: true })), {
              minLength: n,
              maxLength: n,
            }),
            stepDays: fc.constantFrom(1, 7),
            steps: fc.integer({ min: 1, max: 30 }),
          }),
        ),
        ({ initial, steps, stepDays, ...rates }) => {
          const got = [...integrate(rates, initial, steps, stepDays)];
          expect(got).toEqual(reference(rates, initial, steps, stepDays));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('fills a given buffer and leaves no trace of a previous projection in it', () => {
    const rates: Rates = {
      transitions: [
        [0, 0.01, 0, 0, 0],
        [0.002, 0, 0.003, 0, 0],
        [0, 0, 0, 0.004, 0.001],
        [0, 0, 0, 0, 0.002],
        [0, 0, 0, 0, 0],
      ],
      leaves: [0.001, 0.002, 0.003, 0.004, 0.005],
      entries: [0.2, 0.1, 0.05, 0, 0],
    };
    const initial = [10, 20, 5, 3, 1];
    const buffer = new Float64Array(11 * 5).fill(1234);
    const filled = integrate(rates, initial, 10, 7, buffer);
    expect(filled).toBe(buffer);
    expect([...filled]).toEqual(reference(rates, initial, 10, 7));
  });

  it('writes zeros for a state nobody starts in, enters or moves to, over whatever the buffer held', () => {
    // State 1 takes no one: no count, no entries, and no rate into it. State 2 fills from state 0.
    const rates: Rates = {
      transitions: [
        [0, 0, 0.01],
        [0.5, 0, 0.5],
        [0, 0, 0],
      ],
      leaves: [0.001, 0.002, 0.003],
      entries: [0.2, 0, 0],
    };
    const initial = [10, 0, 0];
    const buffer = new Float64Array(5 * 3).fill(1234);
    const filled = integrate(rates, initial, 4, 7, buffer);
    expect([0, 1, 2, 3, 4].map((k) => filled[k * 3 + 1])).toEqual([0, 0, 0, 0, 0]);
    expect(filled[4 * 3 + 2]).toBeGreaterThan(0);
    expect([...filled]).toEqual(reference(rates, initial, 4, 7));
  });
});

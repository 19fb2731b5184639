import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { milesBetween, tenthsOfMileBetween } from './miles.js';

describe('tenthsOfMileBetween', () => {
  const same = (x1: number, y1: number, x2: number, y2: number): void => {
    expect(Object.is(tenthsOfMileBetween(x1, y1, x2, y2) / 10, milesBetween(x1, y1, x2, y2))).toBe(true);
  };

  it('is milesBetween × 10 exactly, on grid points anywhere in Great Britain', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 700_000 }),
        fc.integer({ min: 0, max: 1_300_000 }),
        fc.integer({ min: 0, max: 700_000 }),
        fc.integer({ min: 0, max: 1_300_000 }),
        same,
      ),
      { numRuns: 2000 },
    );
  });

  it('is exact where the rounding is closest: distances a hair either side of a half tenth', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20_000 }),
        fc.double({ min: -1e-9, max: 1e-9, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (k, nudge, angle) => {
          // (k + ½) tenths of a mile is (k + ½) × 160.93 metres, split over both axes.
          const metres = (k + 0.5 + nudge) * 160.93;
          same(1000, 2000, 1000 + metres * Math.cos(angle), 2000 + metres * Math.sin(angle));
        },
      ),
      { numRuns: 2000 },
    );
    for (let k = 0; k < 5000; k++) same(0, 0, (k + 0.5) * 160.93, 0);
  });

  it('is NaN when a point is unknown', () => {
    expect(tenthsOfMileBetween(Number.NaN, Number.NaN, 1, 1)).toBeNaN();
    expect(tenthsOfMileBetween(1, 1, Number.NaN, Number.NaN)).toBeNaN();
  });
});

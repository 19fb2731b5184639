import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distanceMiles } from './distance.js';

const point = fc.record({
  easting: fc.integer({ min: 0, max: 700_000 }),
  northing: fc.integer({ min: 0, max: 1_300_000 }),
});

describe('distanceMiles', () => {
  it('follows the DfE formula: metres / 1000 / 1.6093, 1 dp', () => {
    expect(distanceMiles({ easting: 0, northing: 0 }, { easting: 3000, northing: 4000 })).toBe(3.1);
    expect(distanceMiles({ easting: 429900, northing: 433500 }, { easting: 429900, northing: 449593 })).toBe(
      10,
    );
  });

  it('measures the same bits as Math.hypot would, before rounding', () => {
    const unrounded = (a: { easting: number; northing: number }, b: typeof a) =>
      Math.round((Math.hypot(a.easting - b.easting, a.northing - b.northing) / 1000 / 1.6093) * 10) / 10;
    fc.assert(
      fc.property(point, point, (a, b) => {
        expect(distanceMiles(a, b)).toBe(unrounded(a, b));
      }),
      { numRuns: 5000 },
    );
    const real = fc.double({ noDefaultInfinity: false, noNaN: false });
    fc.assert(
      fc.property(real, real, real, real, (e1, n1, e2, n2) => {
        const a = { easting: e1, northing: n1 };
        const b = { easting: e2, northing: n2 };
        expect(distanceMiles(a, b)).toBe(unrounded(a, b));
      }),
      { numRuns: 5000 },
    );
  });

  it('is zero from a point to itself', () => {
    fc.assert(fc.property(point, (p) => distanceMiles(p, p) === 0));
  });

  it('is symmetric', () => {
    fc.assert(fc.property(point, point, (a, b) => distanceMiles(a, b) === distanceMiles(b, a)));
  });

  it('obeys the triangle inequality, allowing for three roundings to 1 dp', () => {
    fc.assert(
      fc.property(point, point, point, (a, b, c) => {
        expect(distanceMiles(a, c)).toBeLessThanOrEqual(
          distanceMiles(a, b) + distanceMiles(b, c) + 0.15 + 1e-9,
        );
      }),
    );
  });

  it('is non-negative and rounded to one decimal place', () => {
    fc.assert(
      fc.property(point, point, (a, b) => {
        const d = distanceMiles(a, b);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(Math.round(d * 10) / 10).toBe(d);
      }),
    );
  });
});

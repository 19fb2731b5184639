import { describe, expect, it } from 'vitest';
import { niceTicks } from './nice-ticks.js';

describe('niceTicks', () => {
  it('steps by 10 for 0..47 (47 / 5 = 9.4, rounded up to the next nice step) and widens to 50', () => {
    expect(niceTicks(0, 47)).toEqual({ values: [0, 10, 20, 30, 40, 50], min: 0, max: 50 });
  });

  it('steps by 0.2 for 0..1 and writes 0.6 as 0.6, not 0.6000000000000001', () => {
    expect(niceTicks(0, 1).values).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('keeps 0.3 exact for 0..0.3 (step 0.1: 0.06 rounds up to 0.1)', () => {
    expect(niceTicks(0, 0.3).values).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it('straddles zero for -3..7 (step 2) from -4 to 8', () => {
    expect(niceTicks(-3, 7)).toEqual({ values: [-4, -2, 0, 2, 4, 6, 8], min: -4, max: 8 });
  });

  it('steps by 2.5 where 2.5 is the nicest fit (0..12: 12 / 5 = 2.4)', () => {
    expect(niceTicks(0, 12).values).toEqual([0, 2.5, 5, 7.5, 10, 12.5]);
  });

  it('draws an axis from 0 to 1 for an empty domain and from 0 for a single value', () => {
    expect(niceTicks(0, 0)).toEqual({ values: [0, 0.2, 0.4, 0.6, 0.8, 1], min: 0, max: 1 });
    expect(niceTicks(5, 5)).toEqual({ values: [0, 1, 2, 3, 4, 5], min: 0, max: 5 });
    expect(niceTicks(Number.NaN, Number.POSITIVE_INFINITY).values).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });
});

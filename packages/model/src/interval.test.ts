import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInPeriod, type Interval, intervalsOverlap } from './interval.js';

const year = { start: '2023-04-01', end: '2024-03-31' };

describe('daysInPeriod', () => {
  it('counts both ends of the overlap', () => {
    expect(daysInPeriod({ start: '2023-04-01', end: '2023-04-01' }, year)).toBe(1);
    expect(daysInPeriod({ start: '2024-03-30' }, year)).toBe(2);
    expect(daysInPeriod({ start: '2020-01-01' }, year)).toBe(366);
    expect(daysInPeriod({ start: '2023-03-01', end: '2023-04-10' }, year)).toBe(10);
  });

  it('is zero when the interval lies outside the period', () => {
    expect(daysInPeriod({ start: '2024-04-01' }, year)).toBe(0);
    expect(daysInPeriod({ start: '2022-01-01', end: '2023-03-31' }, year)).toBe(0);
  });
});

describe('intervalsOverlap', () => {
  it('treats ends as inclusive and open intervals as unending', () => {
    expect(intervalsOverlap({ start: '2024-01-01', end: '2024-01-31' }, { start: '2024-01-31' })).toBe(true);
    expect(intervalsOverlap({ start: '2024-01-01', end: '2024-01-30' }, { start: '2024-01-31' })).toBe(false);
    expect(intervalsOverlap({ start: '2020-01-01' }, { start: '2030-01-01' })).toBe(true);
  });

  it('agrees with daysInPeriod and is symmetric', () => {
    const day = fc
      .integer({ min: 0, max: 60 })
      .map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10));
    const interval: fc.Arbitrary<Interval> = fc
      .tuple(day, fc.option(day, { nil: undefined }))
      .map(([a, b]) => {
        if (b === undefined) return { start: a };
        const [start = a, end = b] = [a, b].sort();
        return { start, end };
      });
    fc.assert(
      fc.property(interval, interval, (a, b) => {
        expect(intervalsOverlap(a, b)).toBe(intervalsOverlap(b, a));
        if (b.end !== undefined)
          expect(intervalsOverlap(a, b)).toBe(daysInPeriod(a, { start: b.start, end: b.end }) > 0);
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { dateTicks } from './date-ticks.js';
import { xNumber } from './x-value.js';

describe('dateTicks', () => {
  it('ticks each 31 March inside the range', () => {
    expect(dateTicks(xNumber('2023-01-01'), xNumber('2026-06-30'), '03-31')).toEqual([
      '2023-03-31',
      '2024-03-31',
      '2025-03-31',
      '2026-03-31',
    ]);
  });

  it('leaves out a year whose tick falls outside the range', () => {
    expect(dateTicks(xNumber('2023-04-01'), xNumber('2025-03-30'), '03-31')).toEqual(['2024-03-31']);
  });

  it('keeps every third year when twenty years would crowd the axis', () => {
    const ticks = dateTicks(xNumber('2000-01-01'), xNumber('2019-12-31'), '03-31', 8);
    expect(ticks).toEqual([
      '2000-03-31',
      '2003-03-31',
      '2006-03-31',
      '2009-03-31',
      '2012-03-31',
      '2015-03-31',
      '2018-03-31',
    ]);
  });
});

describe('xNumber', () => {
  it('counts days since 1970 and rejects impossible dates', () => {
    expect(xNumber('1970-01-02')).toBe(1);
    expect(xNumber('2024-03-01') - xNumber('2024-02-28')).toBe(2);
    expect(xNumber('2025-02-30')).toBeNaN();
    expect(xNumber('31/03/2025')).toBeNaN();
    expect(xNumber(7)).toBe(7);
  });
});

import { ageOn } from '@placewise/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wholeYearsOn } from './compiled-referral.js';

const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('wholeYearsOn', () => {
  it('is the model’s ageOn for any two dates in order', () => {
    fc.assert(
      fc.property(isoDate, isoDate, (a, b) => {
        const [dob, date] = a <= b ? [a, b] : [b, a];
        expect(wholeYearsOn(dob, date)).toBe(ageOn(dob, date));
      }),
      { numRuns: 3000 },
    );
  });

  it('counts a 29 February birthday from 1 March in common years, as ageOn does', () => {
    // Recounted by hand: born 29 Feb 2008; 28 Feb 2009 is still 0, 1 Mar 2009 is 1, 29 Feb 2012 is 4.
    expect(wholeYearsOn('2008-02-29', '2009-02-28')).toBe(0);
    expect(wholeYearsOn('2008-02-29', '2009-03-01')).toBe(1);
    expect(wholeYearsOn('2008-02-29', '2012-02-29')).toBe(4);
    expect(wholeYearsOn('2008-06-15', '2024-06-14')).toBe(15);
    expect(wholeYearsOn('2008-06-15', '2024-06-15')).toBe(16);
  });

  it('is the model’s ageOn for dates out of order too (a negative count)', () => {
    expect(wholeYearsOn('2010-06-01', '2009-07-01')).toBe(ageOn('2010-06-01', '2009-07-01'));
    // Recounted by hand: from 1 June 2010 back to 1 May 2008 is two whole years and a month.
    expect(wholeYearsOn('2010-06-01', '2008-05-01')).toBe(-2);
    fc.assert(
      fc.property(isoDate, isoDate, (a, b) => {
        const [date, dob] = a <= b ? [a, b] : [b, a];
        expect(wholeYearsOn(dob, date)).toBe(ageOn(dob, date));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives NaN, which no age range admits, for a date that is not YYYY-MM-DD', () => {
    expect(wholeYearsOn('1/6/2010', '2024-06-01')).toBeNaN();
    expect(wholeYearsOn('2010-06-01', '')).toBeNaN();
  });
});

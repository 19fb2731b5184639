import { differenceInYears } from 'date-fns/differenceInYears';
import { parseISO } from 'date-fns/parseISO';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn } from './age.js';

/** ISO dates from `min` to `max`. */
const isoDay = (min: string, max: string) =>
  fc
    .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

describe('ageOn', () => {
  it('counts whole years, turning on the birthday', () => {
    expect(ageOn('2008-06-15', '2024-06-14')).toBe(15);
    expect(ageOn('2008-06-15', '2024-06-15')).toBe(16);
    expect(ageOn('2024-01-01', '2024-12-31')).toBe(0);
  });

  it('ages a 29 February birthday on 1 March in common years', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    expect(ageOn('2008-02-29', '2028-02-29')).toBe(20);
  });

  it('is the difference of years on and after the birthday', () => {
    const day = isoDay('1990-01-01', '2060-12-31');
    fc.assert(
      fc.property(day, day, (dob, on) => {
        fc.pre(dob <= on);
        const years = Number(on.slice(0, 4)) - Number(dob.slice(0, 4));
        const hadBirthday =
          on.slice(5) >= dob.slice(5) || (dob.slice(5) === '02-29' && on.slice(5) >= '03-01');
        expect(ageOn(dob, on)).toBe(hadBirthday ? years : years - 1);
      }),
    );
  });

  it('gives date-fns’ differenceInYears for any two dates, either way round, 29 February included', () => {
    const day = isoDay('1996-01-01', '2032-12-31');
    const leapDay = fc.constantFrom('2000-02-29', '2004-02-29', '2008-02-29', '2024-02-29', '2028-02-29');
    const any = fc.oneof(day, leapDay);
    fc.assert(
      fc.property(any, any, (dob, on) => {
        expect(Object.is(ageOn(dob, on), differenceInYears(parseISO(on), parseISO(dob)))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('counts an age before birth towards 0, never -0', () => {
    expect(ageOn('2010-06-15', '2009-07-01')).toBe(0);
    expect(Object.is(ageOn('2010-06-15', '2009-07-01'), 0)).toBe(true);
    expect(ageOn('2010-06-15', '2009-06-15')).toBe(-1);
    expect(ageOn('2010-06-15', '2008-06-16')).toBe(-1);
  });

  it('refuses a date that is not on the calendar, naming which', () => {
    expect(() => ageOn('2010-02-30', '2024-03-31')).toThrow('The date of birth is not an ISO date');
    expect(() => ageOn('2010-02-01', '31/03/2024')).toThrow('The date is not an ISO date');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOnDay, birthdayDay, birthdayDays, fromDay, toDay } from './day.js';

const MS_PER_DAY = 86_400_000;

// The conversions as they were written with Date.UTC before the arithmetic: the reference they must equal.
const utcDay = (date: string) =>
  Math.round(
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY,
  );
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
function utcBirthday(dateOfBirth: string, years: number): number {
  const year = Number(dateOfBirth.slice(0, 4)) + years;
  const month = Number(dateOfBirth.slice(5, 7));
  const day = Number(dateOfBirth.slice(8, 10));
  if (month === 2 && day === 29 && !leap(year)) return Math.round(Date.UTC(year, 2, 1) / MS_PER_DAY);
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** Any `YYYY-MM-DD` text with a month of 0–13 and a day of 0–39, real dates or not. */
const dateText = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 39 }))
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);

describe('day numbers', () => {
  it('toDay equals the Date.UTC day for every YYYY-MM-DD text, real dates and overflowing ones', () => {
    fc.assert(
      fc.property(dateText, (date) => toDay(date) === utcDay(date)),
      { numRuns: 5000 },
    );
  });

  it('toDay reads back every day fromDay writes, from year 1000 to 9999', () => {
    const first = utcDay('1000-01-01');
    const last = utcDay('9999-12-31');
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (day) => toDay(fromDay(day)) === day),
      { numRuns: 5000 },
    );
  });

  it('toDay on dates worked by hand, leap days and century years included', () => {
    expect(toDay('1970-01-01')).toBe(0);
    expect(toDay('1969-12-31')).toBe(-1);
    expect(toDay('2000-02-29')).toBe(11_016);
    expect(toDay('2000-03-01')).toBe(11_017);
    expect(toDay('2100-03-01') - toDay('2100-02-28')).toBe(1); // 2100 is not a leap year
    expect(toDay('2024-03-31') - toDay('2023-03-31')).toBe(366);
    // Not the arithmetic's shape: the Date.UTC way, as before.
    expect(toDay('0050-01-01')).toBe(toDay('1950-01-01'));
    expect(toDay('2024-1-01')).toBe(utcDay('2024-1-01'));
    expect(toDay('not a date')).toBeNaN();
  });

  it('birthdayDay equals the Date.UTC birthday, 29 February falling on 1 March', () => {
    fc.assert(
      fc.property(
        dateText,
        fc.integer({ min: -5, max: 30 }),
        (date, years) => birthdayDay(date, years) === utcBirthday(date, years),
      ),
      { numRuns: 5000 },
    );
    expect(birthdayDay('2008-02-29', 1)).toBe(toDay('2009-03-01'));
    expect(birthdayDay('2008-02-29', 4)).toBe(toDay('2012-02-29'));
    expect(birthdayDay('2010-06-15', 16)).toBe(toDay('2026-06-15'));
  });

  it('birthdayDays gives the Date.UTC birthday at each age, from one reading of the date', () => {
    fc.assert(
      fc.property(dateText, fc.array(fc.integer({ min: -5, max: 30 }), { maxLength: 6 }), (date, ages) => {
        const into = ages.map(() => Number.NaN);
        birthdayDays(date, ages, into);
        return into.every((day, a) => day === utcBirthday(date, ages[a] as number));
      }),
      { numRuns: 2000 },
    );
    // A child born on 29 February 2008 enters the bands from 0, 5, 10 and 16 on these days, by hand: 2013 and
    // 2018 are not leap years, so 1 March; 2024 is.
    const into = [0, 0, 0, 0];
    birthdayDays('2008-02-29', [0, 5, 10, 16], into);
    expect(into).toEqual([
      toDay('2008-02-29'),
      toDay('2013-03-01'),
      toDay('2018-03-01'),
      toDay('2024-02-29'),
    ]);
  });

  it('ageOnDay turns over on the birthday, not the day before', () => {
    expect(ageOnDay('2010-06-15', toDay('2026-06-14'))).toBe(15);
    expect(ageOnDay('2010-06-15', toDay('2026-06-15'))).toBe(16);
    expect(ageOnDay('2008-02-29', toDay('2009-02-28'))).toBe(0);
    expect(ageOnDay('2008-02-29', toDay('2009-03-01'))).toBe(1);
  });
});

import { dayKey, fromDay, toDay } from './day.js';

/**
 * The date a child born on `dateOfBirth` turns `age`. A 29 February birthday falls on 1 March in other years,
 * as age is reckoned in England and Wales (Family Law Reform Act 1969 s9).
 */
export function birthdayAt(dateOfBirth: string, age: number): string {
  const year = Number(dateOfBirth.slice(0, 4)) + age;
  const monthDay = dateOfBirth.slice(5);
  if (monthDay !== '02-29') return `${year}-${monthDay}`;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${year}-${leap ? '02-29' : '03-01'}`;
}

/**
 * The day before a child turns `age`: the last day they are `age - 1`. A birthday on the 2nd to the 28th of
 * a month (in years 1000 to 9999) is the same month's previous day, written directly; other days go through
 * day numbers, which also settle the ends of months and malformed dates.
 */
export function lastDayBefore(dateOfBirth: string, age: number): string {
  const born = dayKey(dateOfBirth);
  const month = Math.floor(born / 100) % 100;
  const day = born % 100;
  const year = Math.floor(born / 10_000) + age;
  if (day >= 2 && day <= 28 && month >= 1 && month <= 12 && year >= 1000 && year <= 9999) {
    return `${year}-${dateOfBirth.slice(5, 8)}${day <= 10 ? '0' : ''}${day - 1}`;
  }
  return fromDay(toDay(birthdayAt(dateOfBirth, age)) - 1);
}

/**
 * Age in whole years on `date`. The same answer as the model's `ageOn` for ISO dates, with no date parsing:
 * `ageOn` parses through date-fns, which costs more than everything else when run for 84,000 children.
 * Dates of the form `YYYY-MM-DD` (year 1000 on) are compared as {@link dayKey} numbers, allocating nothing;
 * anything else by the strings of {@link birthdayAt}, which the numbers reproduce exactly.
 */
export function ageAt(dateOfBirth: string, date: string): number {
  const born = dayKey(dateOfBirth);
  const on = dayKey(date);
  // NaN (not a date string) fails both tests; before year 1000 birthdayAt's year has fewer than 4 digits.
  if (on >= 10_000_000 && born >= 0) {
    const year = Math.floor(on / 10_000);
    const years = year - Math.floor(born / 10_000);
    let birthday = born % 10_000;
    if (birthday === 229 && !((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0)) birthday = 301;
    return birthday <= on % 10_000 ? years : years - 1;
  }
  return ageAtByStrings(dateOfBirth, date);
}

/** {@link ageAt} by comparing ISO strings: the definition the numeric path follows. */
export function ageAtByStrings(dateOfBirth: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return birthdayAt(dateOfBirth, years) <= date ? years : years - 1;
}

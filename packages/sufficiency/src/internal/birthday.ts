import { fromDay, toDay } from './day.js';

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

/** The day before a child turns `age`: the last day they are `age - 1`. */
export function lastDayBefore(dateOfBirth: string, age: number): string {
  return fromDay(toDay(birthdayAt(dateOfBirth, age)) - 1);
}

/**
 * Age in whole years on `date`. The same answer as the model's `ageOn` for ISO dates, by string arithmetic:
 * `ageOn` parses through date-fns, which costs more than everything else when run for 84,000 children.
 */
export function ageAt(dateOfBirth: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return birthdayAt(dateOfBirth, years) <= date ? years : years - 1;
}

import type { IsoDate } from '@placewise/model';

const MS_PER_DAY = 86_400_000;

// Flows are counted over millions of person-days: integer day numbers (days since 1970-01-01, UTC)
// keep the inner loops free of Date objects and time zones.
export function toDay(date: IsoDate): number {
  return Math.round(
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY,
  );
}

export function fromDay(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The day a person born on `dateOfBirth` turns `years` old (29 February birthdays fall on 1 March). */
export function birthdayDay(dateOfBirth: IsoDate, years: number): number {
  const year = Number(dateOfBirth.slice(0, 4)) + years;
  const month = Number(dateOfBirth.slice(5, 7));
  const day = Number(dateOfBirth.slice(8, 10));
  if (month === 2 && day === 29 && !isLeapYear(year)) return Math.round(Date.UTC(year, 2, 1) / MS_PER_DAY);
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Whole years of age on `day`. */
export function ageOnDay(dateOfBirth: IsoDate, day: number): number {
  const born = Number(dateOfBirth.slice(0, 4));
  const year = Number(fromDay(day).slice(0, 4));
  let age = year - born;
  if (birthdayDay(dateOfBirth, age) > day) age -= 1;
  return age;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

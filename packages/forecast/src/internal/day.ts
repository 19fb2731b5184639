import type { IsoDate } from '@placewise/model';

const MS_PER_DAY = 86_400_000;

// Flows are counted over millions of person-days: integer day numbers (days since 1970-01-01, UTC)
// keep the inner loops free of Date objects and time zones. A fit converts every episode's dates and every
// child's band birthdays, so a well-formed date is read digit by digit and counted in arithmetic (no
// substrings, no Date); anything else takes the `Date.UTC` way, which the arithmetic equals (tested).

/** The number of `text[from, to)`'s decimal digits, or -1 if a character there is not a digit. */
function digitsAt(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Year, month and day of a `YYYY-MM-DD` text with a year from 1000 and a month from 1 to 12 and a day from
 * 1 to 31, packed in the bits of one whole number as year·512 + month·32 + day (see {@link yearOf}), or -1.
 * (`Date.UTC` reads years 0–99 as 1900–1999, so those stay with it.) One number rather than an array of
 * three: a fit reads a date for every piece of care and every child's birthdays, and the arrays were
 * megabytes of garbage; shifts and masks take it apart, with no division.
 */
function partsOf(date: string): number {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return -1;
  const year = digitsAt(date, 0, 4);
  const month = digitsAt(date, 5, 7);
  const day = digitsAt(date, 8, 10);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > 31) return -1;
  return (year << 9) | (month << 5) | day;
}

/** The year of {@link partsOf}'s packed parts, or else of the text's first four characters as a number. */
function yearOf(parts: number, date: string): number {
  return parts >= 0 ? parts >> 9 : Number(date.slice(0, 4));
}

/** The month of {@link partsOf}'s packed parts, or else of the text's sixth and seventh characters. */
function monthOf(parts: number, date: string): number {
  return parts >= 0 ? (parts >> 5) & 15 : Number(date.slice(5, 7));
}

/** The day of {@link partsOf}'s packed parts, or else of the text's last two characters. */
function dayOfMonth(parts: number, date: string): number {
  return parts >= 0 ? parts & 31 : Number(date.slice(8, 10));
}

/**
 * Days from 1970-01-01 to a date of the proleptic Gregorian calendar, counted in 400-year cycles of
 * 146,097 days from 1 March (so the leap day ends the counted year). Linear in `day`: a day past the end
 * of its month runs into the next, as `Date.UTC` does.
 */
function civilDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  // Whole numbers from 0 (callers pass years from 1000): `| 0` floors them as Math.floor does, in integer
  // division by a constant rather than a division of doubles.
  const cycle = (y / 400) | 0;
  const yearOfCycle = y - cycle * 400;
  const dayOfYear = ((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) | 0;
  const dayOfCycle =
    yearOfCycle * 365 + ((yearOfCycle / 4) | 0) - ((yearOfCycle / 100) | 0) + dayOfYear + day - 1;
  return cycle * 146_097 + dayOfCycle - 719_468;
}

export function toDay(date: IsoDate): number {
  const parts = partsOf(date);
  if (parts >= 0) return civilDay(yearOf(parts, date), monthOf(parts, date), dayOfMonth(parts, date));
  return Math.round(
    Date.UTC(yearOf(parts, date), monthOf(parts, date) - 1, dayOfMonth(parts, date)) / MS_PER_DAY,
  );
}

export function fromDay(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The day a person born on `dateOfBirth` turns `years` old (29 February birthdays fall on 1 March). */
export function birthdayDay(dateOfBirth: IsoDate, years: number): number {
  const parts = partsOf(dateOfBirth);
  return birthdayOf(
    yearOf(parts, dateOfBirth) + years,
    monthOf(parts, dateOfBirth),
    dayOfMonth(parts, dateOfBirth),
  );
}

/**
 * The days a person born on `dateOfBirth` turns each of `ages` old, into `into` (as {@link birthdayDay}
 * gives each, reading the date once): the days a child enters each age band.
 */
export function birthdayDays(dateOfBirth: IsoDate, ages: readonly number[], into: number[]): void {
  const parts = partsOf(dateOfBirth);
  const year = yearOf(parts, dateOfBirth);
  const month = monthOf(parts, dateOfBirth);
  const day = dayOfMonth(parts, dateOfBirth);
  for (let a = 0; a < ages.length; a++) into[a] = birthdayOf(year + (ages[a] as number), month, day);
}

function birthdayOf(year: number, month: number, day: number): number {
  if (month === 2 && day === 29 && !isLeapYear(year)) return dayOf(year, 3, 1);
  return dayOf(year, month, day);
}

/** `civilDay` where it equals `Date.UTC`'s day (whole numbers, a year from 1000, a real month), else `Date.UTC`. */
function dayOf(year: number, month: number, day: number): number {
  if (
    Number.isInteger(year) &&
    year >= 1000 &&
    month >= 1 &&
    month <= 12 &&
    Number.isInteger(day) &&
    day >= 1 &&
    day <= 31
  )
    return civilDay(year, month, day);
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

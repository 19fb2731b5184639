import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { CollectionYear, IsoDate } from '../date.js';
import { InvalidDateError } from '../errors.js';

/** Throws {@link InvalidDateError} unless `date` is an ISO calendar date (what {@link toDate} accepts). */
export function checkIsoDate(date: string, what = 'date'): void {
  if (!IsoDate.safeParse(date).success)
    throw new InvalidDateError(`The ${what} is not an ISO date (YYYY-MM-DD).`);
}

/** Parses an ISO date to a local-midnight Date, or throws {@link InvalidDateError}. */
export function toDate(date: string, what = 'date'): Date {
  const parsed = IsoDate.safeParse(date);
  const value = parsed.success ? parseISO(parsed.data) : undefined;
  if (!value || !isValid(value)) throw new InvalidDateError(`The ${what} is not an ISO date (YYYY-MM-DD).`);
  return value;
}

/** The first calendar year of a collection year label, or throws {@link InvalidDateError}. */
export function startYearOf(year: string): number {
  if (!CollectionYear.safeParse(year).success) {
    throw new InvalidDateError('The collection year is not written like 2024-25.');
  }
  return Number(year.slice(0, 4));
}

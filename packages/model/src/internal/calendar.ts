import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { CollectionYear, IsoDate } from '../date.js';
import { InvalidDateError } from '../errors.js';

const notIsoDate = (what: string) => new InvalidDateError(`The ${what} is not an ISO date (YYYY-MM-DD).`);

/** Throws {@link InvalidDateError} unless `date` is an ISO calendar date (what {@link toDate} accepts). */
export function checkIsoDate(date: string, what = 'date'): void {
  if (!IsoDate.safeParse(date).success) throw notIsoDate(what);
}

/** Parses an ISO date to a local-midnight Date, or throws {@link InvalidDateError}. */
export function toDate(date: string, what = 'date'): Date {
  checkIsoDate(date, what);
  const value = parseISO(date);
  if (!isValid(value)) throw notIsoDate(what);
  return value;
}

/** The first calendar year of a collection year label, or throws {@link InvalidDateError}. */
export function startYearOf(year: string): number {
  if (!CollectionYear.safeParse(year).success) {
    throw new InvalidDateError('The collection year is not written like 2024-25.');
  }
  return Number(year.slice(0, 4));
}

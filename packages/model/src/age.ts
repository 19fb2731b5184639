import { differenceInYears } from 'date-fns/differenceInYears';
import type { IsoDate } from './date.js';
import { toDate } from './internal/calendar.js';

/**
 * A person's age in whole years on a date (0 before the first birthday; negative before birth).
 * Someone born on 29 February turns a year older on 1 March in common years.
 *
 * @throws {InvalidDateError} when either date is not an ISO date.
 * @example
 * ageOn('2008-06-15', '2024-06-14'); // 15
 * ageOn('2008-06-15', '2024-06-15'); // 16
 */
export function ageOn(dateOfBirth: IsoDate, date: IsoDate): number {
  return differenceInYears(toDate(date), toDate(dateOfBirth, 'date of birth'));
}

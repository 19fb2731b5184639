import type { IsoDate } from './date.js';
import { checkIsoDate } from './internal/calendar.js';

/**
 * A person's age in whole years on a date (0 before the first birthday; negative before birth, counted
 * towards 0 as `differenceInYears` of date-fns does). Someone born on 29 February turns a year older on
 * 1 March in common years.
 *
 * @throws {InvalidDateError} when either date is not an ISO date.
 * @example
 * ageOn('2008-06-15', '2024-06-14'); // 15
 * ageOn('2008-06-15', '2024-06-15'); // 16
 */
export function ageOn(dateOfBirth: IsoDate, date: IsoDate): number {
  checkIsoDate(date);
  checkIsoDate(dateOfBirth, 'date of birth');
  // Worked out on the strings, which the check has made calendar dates: the years between, less one when
  // the later date's month and day come before the earlier's (a region's report ages 84,000 children).
  if (date === dateOfBirth) return 0;
  const later = date > dateOfBirth ? date : dateOfBirth;
  const earlier = later === date ? dateOfBirth : date;
  const years = Number(later.slice(0, 4)) - Number(earlier.slice(0, 4));
  const whole = later.slice(5) < earlier.slice(5) ? years - 1 : years;
  return later === date ? whole : whole === 0 ? 0 : -whole;
}

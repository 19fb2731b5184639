import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { max } from 'date-fns/max';
import { min } from 'date-fns/min';
import type { IsoDate } from './date.js';
import { toDate } from './internal/calendar.js';

/**
 * A run of days: `start` and `end` both inclusive; no `end` means still open (an episode not yet ceased).
 *
 * @example
 * const episode: Interval = { start: '2024-01-10', end: '2024-02-09' };
 */
export interface Interval {
  start: IsoDate;
  end?: IsoDate;
}

/**
 * How many days of `interval` fall inside `period`, counting both ends (0 if they do not meet).
 * An open interval runs to the end of the period.
 *
 * @throws {InvalidDateError} when a date is not an ISO date.
 * @example
 * daysInPeriod({ start: '2024-03-30' }, { start: '2023-04-01', end: '2024-03-31' }); // 2
 */
export function daysInPeriod(interval: Interval, period: { start: IsoDate; end: IsoDate }): number {
  const periodEnd = toDate(period.end);
  const from = max([toDate(interval.start), toDate(period.start)]);
  const to = interval.end === undefined ? periodEnd : min([toDate(interval.end), periodEnd]);
  return Math.max(0, differenceInCalendarDays(to, from) + 1);
}

/**
 * Whether two intervals share at least one day (ends are inclusive; open intervals never end).
 *
 * @throws {InvalidDateError} when a date is not an ISO date.
 * @example
 * intervalsOverlap({ start: '2024-01-01', end: '2024-01-31' }, { start: '2024-01-31' }); // true
 */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  const startsBeforeBEnds = b.end === undefined || toDate(a.start) <= toDate(b.end);
  const startsBeforeAEnds = a.end === undefined || toDate(b.start) <= toDate(a.end);
  return startsBeforeBEnds && startsBeforeAEnds;
}

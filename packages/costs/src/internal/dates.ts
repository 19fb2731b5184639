import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';

/** Parses an ISO calendar date to a local-midnight Date (date-fns counts calendar days across DST). */
export function toDate(iso: string): Date {
  return parseISO(iso);
}

/** Formats a Date as an ISO calendar date. */
export function toIso(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

/** Days from `start` to `end`, both included. */
export function daysInclusive(start: string, end: string): number {
  return differenceInCalendarDays(toDate(end), toDate(start)) + 1;
}

/** The ISO date `days` after `iso`. */
export function shiftIso(iso: string, days: number): string {
  return toIso(addDays(toDate(iso), days));
}

/** The earlier of two ISO dates (they compare as strings). */
export function minIso(a: string, b: string): string {
  return a < b ? a : b;
}

/** The later of two ISO dates. */
export function maxIso(a: string, b: string): string {
  return a > b ? a : b;
}

import { birthdayAt, lastDayBefore } from './birthday.js';
import type { DateRange } from './window.js';

/**
 * The days within `range` on which a child born on `dateOfBirth` is at least `min` and under `max` years old
 * (either bound may be omitted), or undefined when there are none.
 */
export function daysAged(
  dateOfBirth: string,
  range: DateRange,
  bounds: { min?: number; max?: number },
): DateRange | undefined {
  let { start, end } = range;
  if (bounds.min !== undefined) {
    const from = birthdayAt(dateOfBirth, bounds.min);
    if (from > start) start = from;
  }
  if (bounds.max !== undefined) {
    const to = lastDayBefore(dateOfBirth, bounds.max);
    if (to < end) end = to;
  }
  return start <= end ? { start, end } : undefined;
}

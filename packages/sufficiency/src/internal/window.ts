import { earlierOf, laterOf } from './day.js';

/** An inclusive date range. */
export interface DateRange {
  start: string;
  end: string;
}

/** The part of an interval (end inclusive, open when absent) that falls inside `range`, if any. */
export function clipToRange(
  interval: { start: string; end?: string | undefined },
  range: DateRange,
): DateRange | undefined {
  const start = laterOf(interval.start, range.start);
  const end = earlierOf(interval.end, range.end);
  return start <= end ? { start, end } : undefined;
}

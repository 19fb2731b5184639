const MS_PER_DAY = 86_400_000;

/**
 * Days since 1970-01-01 for an ISO `YYYY-MM-DD` date. `Date.parse` reads date-only ISO strings as UTC, so
 * this is exact whole days; it lets the hot loop compare and subtract dates as integers.
 */
export function dayNumber(date: string): number {
  return Math.round(Date.parse(date) / MS_PER_DAY);
}

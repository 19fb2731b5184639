import type { DateRange } from './window.js';

/**
 * Calls `visit` for each row whose interval (end inclusive, open when absent) overlaps `range`, with the
 * overlapping part; `accept` filters rows before any work is done for them. A plain loop: rules run it over
 * half a million episodes.
 */
export function forEachIn<T extends { start: string; end?: string | undefined }>(
  rows: readonly T[],
  range: DateRange,
  visit: (row: T, overlap: DateRange) => void,
  accept?: (row: T) => boolean,
): void {
  for (const row of rows) {
    if (accept && !accept(row)) continue;
    if (row.start > range.end) continue;
    const end = row.end;
    if (end !== undefined && end < range.start) continue;
    visit(row, {
      // biome-ignore lint/complexity/useMathMinMax: ISO date strings, not numbers
      start: row.start > range.start ? row.start : range.start,
      end: end === undefined || end > range.end ? range.end : end,
    });
  }
}

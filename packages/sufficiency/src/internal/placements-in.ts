import type { Placement } from '@placewise/model';
import type { SufficiencyDataset } from '../dataset.js';
import { scanPlacements } from './dataset-scan.js';
import { dayKey } from './day.js';
import type { DateRange } from './window.js';

/**
 * {@link forEachIn} over the placements at `indices` (input indices from the placement scan): the date keys
 * rule out placements outside `range` without reading them; the rest are tested on their strings as
 * `forEachIn` does, so the visits are the same.
 */
export function forEachPlacementIn(
  dataset: SufficiencyDataset,
  indices: readonly number[],
  range: DateRange,
  visit: (placement: Placement, overlap: DateRange) => void,
): void {
  const { starts, ends } = scanPlacements(dataset);
  const from = dayKey(range.start);
  const to = dayKey(range.end);
  const rows = dataset.placements;
  // Keys of well-formed dates order as their strings do, so when all four are numbers they decide alone and
  // the date strings (each a cache miss) are not read; a NaN key falls back to the strings.
  const keyed = !Number.isNaN(from) && !Number.isNaN(to);
  for (const i of indices) {
    const s = starts[i] as number;
    const e = ends[i] as number;
    if (s > to || e < from) continue;
    const row = rows[i] as Placement;
    if (keyed && !Number.isNaN(s) && !Number.isNaN(e)) {
      visit(row, {
        start: s > from ? row.start : range.start,
        end: e > to ? range.end : (row.end as string),
      });
      continue;
    }
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

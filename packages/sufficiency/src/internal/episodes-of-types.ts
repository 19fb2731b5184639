import type { Child, Episode } from '@placewise/model';
import type { SufficiencyDataset } from '../dataset.js';
import { childTableOf, scanEpisodes } from './dataset-scan.js';
import { dayKey } from './day.js';
import type { DateRange } from './window.js';

/**
 * Visits each episode whose PLACE is one of `types` (each type once, however often it is listed; type by
 * type, in the dataset's order within a type) and which overlaps `range`, with the overlapping days, the
 * episode's child (undefined when the `children` table lacks it) and its child table ordinal from the
 * episode scan: no lookup by child id.
 */
export function forEachEpisodeOfTypes(
  dataset: SufficiencyDataset,
  types: Iterable<string>,
  range: DateRange,
  visit: (episode: Episode, overlap: DateRange, child: Child | undefined, ordinal: number) => void,
): void {
  const { indicesByPlacementType, ordinals, starts, ends } = scanEpisodes(dataset);
  const table = childTableOf(dataset);
  const rows = dataset.episodes;
  // As in forEachPlacementIn: keys of well-formed dates decide alone, so episodes outside the range are not
  // read; a NaN key falls back to the strings.
  const from = dayKey(range.start);
  const to = dayKey(range.end);
  const keyed = !Number.isNaN(from) && !Number.isNaN(to);
  for (const type of new Set(types)) {
    const indices = indicesByPlacementType.get(type);
    if (!indices) continue;
    for (const i of indices) {
      const s = starts[i] as number;
      const e = ends[i] as number;
      if (s > to || e < from) continue;
      const row = rows[i] as Episode;
      const ordinal = ordinals[i] as number;
      let overlap: DateRange;
      if (keyed && !Number.isNaN(s) && !Number.isNaN(e)) {
        overlap = {
          start: s > from ? row.start : range.start,
          end: e > to ? range.end : (row.end as string),
        };
      } else {
        if (row.start > range.end) continue;
        const end = row.end;
        if (end !== undefined && end < range.start) continue;
        overlap = {
          // biome-ignore lint/complexity/useMathMinMax: ISO date strings, not numbers
          start: row.start > range.start ? row.start : range.start,
          end: end === undefined || end > range.end ? range.end : end,
        };
      }
      visit(row, overlap, table.children[ordinal], ordinal);
    }
  }
}

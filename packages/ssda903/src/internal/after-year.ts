import { CollectionYear, collectionYearBounds, collectionYearOf, type Issue } from '@placewise/model';
import { issue } from './issue.js';
import type { TableReader } from './table-reader.js';

/**
 * One `episode.after-year` warning when episodes of a return read for `year` start or end after the year's
 * 31 March: a return holds the episodes of its own year, so such dates say the file is a later year's (read
 * with `--year 2023-24`, a 2024-25 return would give the earlier year's figures without the children who
 * left before 1 April 2024). Located at the first such date; says how many, and the latest date's
 * collection year, never a date itself. Nothing is rejected.
 */
export function episodesAfterYear(
  readers: readonly TableReader[],
  year: CollectionYear | undefined,
): Issue[] {
  // A year not written like 2024-25 is said once already (`year.unsupported`); it has no 31 March to check.
  if (year === undefined || !CollectionYear.safeParse(year).success) return [];
  const end = collectionYearBounds(year).end;
  let after = 0;
  let episodes = 0;
  let latest = end;
  let first: { file: string | undefined; row: number; column: string } | undefined;
  for (const reader of readers) {
    if (reader.table !== 'Episodes') continue;
    const { records } = reader;
    episodes += records.length;
    for (let i = 0; i < records.length; i++) {
      const { start, end: ceased } = records[i] as { start?: string; end?: string };
      const startsAfter = start !== undefined && start > end;
      const endsAfter = ceased !== undefined && ceased > end;
      if (!startsAfter && !endsAfter) continue;
      after += 1;
      if (startsAfter && start > latest) latest = start;
      if (endsAfter && ceased > latest) latest = ceased;
      first ??= { file: reader.file, row: reader.rowOfRecord(i), column: startsAfter ? 'DECOM' : 'DEC' };
    }
  }
  if (!first) return [];
  const { file, row, column } = first;
  return [
    issue(
      'episode.after-year',
      `${after} of ${episodes} episodes start or end after 31 March ${end.slice(0, 4)}, the end of ${year}, the year read; the latest is in ${collectionYearOf(latest)}. The file may be a later year's return: read it for that year.`,
      { ...(file === undefined ? {} : { file }), table: 'Episodes', row, column },
    ),
  ];
}

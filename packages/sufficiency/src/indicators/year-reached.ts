import { type CollectionYear, collectionYearBounds, collectionYearOf, type Issue } from '@placewise/model';
import type { SufficiencyDataset } from '../dataset.js';
import type { CoverageFields } from './coverage-of-dataset.js';

/**
 * Whether a dataset's episodes reach the collection year asked for: `undefined` when they do (or there are
 * none, which the coverage already calls incomplete), else the year their latest date falls in. A return
 * holds every child looked after during its own year, so one whose latest DECOM or DEC is before the year
 * began cannot tell who was looked after at its 31 March: an episode still open when the return was made
 * would be counted as if the child were still in care a year or more later.
 */
export function yearNotReached(
  dataset: SufficiencyDataset,
  collectionYear: CollectionYear,
): string | undefined {
  const { start } = collectionYearBounds(collectionYear);
  let latest = '';
  for (const episode of dataset.episodes) {
    if (episode.start > latest) latest = episode.start;
    if (episode.end !== undefined && episode.end > latest) latest = episode.end;
  }
  if (latest === '' || latest >= start) return undefined;
  return collectionYearOf(latest);
}

/**
 * The coverage of figures asked for a year the episodes do not reach: incomplete, with the reason, and the
 * `indicators.year-not-reached` error saying so (no date from the data, only its collection year).
 */
export function notReached(
  fields: CoverageFields,
  collectionYear: CollectionYear,
  latestYear: string,
): { fields: CoverageFields; issue: Issue } {
  const reason = `No episode starts or ends in ${collectionYear} or later: the latest date is in ${latestYear}, so the data cannot tell who was looked after at the end of ${collectionYear} (read it for ${latestYear}, or give the later return).`;
  return {
    fields: { coverage: { ...fields.coverage, status: 'incomplete', reason }, status: 'incomplete' },
    issue: {
      code: 'indicators.year-not-reached',
      severity: 'error',
      message: reason,
      location: { table: 'Episodes' },
    },
  };
}

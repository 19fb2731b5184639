import {
  type CollectionYear,
  collectionYearOf,
  IsoDate,
  type Issue,
  inferCollectionYear,
} from '@placewise/model';
import type { SufficiencyDataset } from '../dataset.js';
import type { CoverageFields } from './coverage-of-dataset.js';

/**
 * Children from whom a year with no episode starting or ending is taken as proof of a wrong year's return,
 * not chance: about a third of the children looked after in England start, end or change placement in a
 * year (DfE, _Children looked after in England_), so 20 children with none of it happens less than once in
 * a thousand returns. Below this, the figures are kept and a warning is given.
 *
 * @example
 * YEAR_NOT_REACHED_CHILDREN; // 20
 */
export const YEAR_NOT_REACHED_CHILDREN = 20;

/**
 * Whether a dataset's episodes reach the collection year asked for: `undefined` when they do (or there are
 * none, which the coverage already calls incomplete), else the year their latest date falls in and how many
 * children have episodes. A return holds every child looked after during its own year, so one whose latest
 * DECOM or DEC is before the year began may be an earlier year's: an episode still open when it was made
 * would be counted as if the child were still in care a year or more later.
 */
export function yearNotReached(
  dataset: SufficiencyDataset,
  collectionYear: CollectionYear,
): { latestYear: string; children: number } | undefined {
  const latestYear = latestCollectionYear(dataset);
  if (latestYear === undefined || latestYear >= collectionYear) return undefined;
  const children = new Set(dataset.episodes.map((episode) => episode.childId));
  return { latestYear, children: children.size };
}

/**
 * `inferCollectionYear` of every DECOM and DEC: the collection year of the latest calendar date among them.
 * The latest date of all is found first, in one pass that makes nothing; when it is a calendar date it is
 * the latest calendar date, and only otherwise (a malformed date sorting last) are the dates gathered
 * for `inferCollectionYear` to pass over the ones that are not.
 */
function latestCollectionYear(dataset: SufficiencyDataset): CollectionYear | undefined {
  const episodes = dataset.episodes;
  let latest: string | undefined;
  for (let i = 0; i < episodes.length; i++) {
    const episode = episodes[i] as (typeof episodes)[number];
    if (latest === undefined || episode.start > latest) latest = episode.start;
    if (episode.end !== undefined && episode.end > latest) latest = episode.end;
  }
  if (latest === undefined) return undefined;
  return IsoDate.safeParse(latest).success
    ? collectionYearOf(latest)
    : inferCollectionYear(episodeDates(dataset));
}

/**
 * Every DECOM and DEC of a dataset's episodes, as an array: read with a plain array iterator, where a
 * generator made a result object for each of the hundreds of thousands of dates.
 */
function episodeDates(dataset: SufficiencyDataset): (string | undefined)[] {
  const episodes = dataset.episodes;
  const dates = new Array<string | undefined>(episodes.length * 2);
  for (let i = 0; i < episodes.length; i++) {
    const episode = episodes[i] as (typeof episodes)[number];
    dates[2 * i] = episode.start;
    dates[2 * i + 1] = episode.end;
  }
  return dates;
}

/**
 * What figures asked for a year the episodes do not reach become: with {@link YEAR_NOT_REACHED_CHILDREN}
 * children or more, incomplete with the reason and an `indicators.year-not-reached` error; with fewer, as
 * they are, with the same issue as a warning. No date from the data is said, only its collection year.
 */
export function notReached(
  fields: CoverageFields,
  collectionYear: CollectionYear,
  found: { latestYear: string; children: number },
): { fields: CoverageFields; issue: Issue } {
  const reason = `No episode starts or ends in ${collectionYear} or later: the latest date is in ${found.latestYear}, so the data may be an earlier year's return and cannot tell who was looked after at the end of ${collectionYear} (read it for ${found.latestYear}, or give the later return).`;
  const sure = found.children >= YEAR_NOT_REACHED_CHILDREN;
  const issue: Issue = {
    code: 'indicators.year-not-reached',
    severity: sure ? 'error' : 'warning',
    message: sure
      ? reason
      : `${reason} With ${found.children} children a year without a start or an end can happen, so the figures are kept.`,
    location: { table: 'Episodes' },
  };
  if (!sure) return { fields, issue };
  return {
    fields: { coverage: { ...fields.coverage, status: 'incomplete', reason }, status: 'incomplete' },
    issue,
  };
}

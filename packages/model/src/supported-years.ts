import { collectionYearOf } from './collection-year.js';
import { type CollectionYear, IsoDate } from './date.js';
import { CODE_LIST_SOURCES, codeListYearOf } from './internal/code-list-year.js';

/**
 * The oldest and newest collection years Placewise reads; a year outside them is an error, not zeros.
 *
 * @example
 * SUPPORTED_COLLECTION_YEARS.first; // '2013-14'
 */
export const SUPPORTED_COLLECTION_YEARS: { readonly first: CollectionYear; readonly last: CollectionYear } = {
  first: CODE_LIST_SOURCES[0]?.year as CollectionYear,
  last: CODE_LIST_SOURCES[CODE_LIST_SOURCES.length - 1]?.year as CollectionYear,
};

/**
 * Whether Placewise has code lists for a collection year (2013-14 to the newest ruleset).
 *
 * @example
 * isSupportedCollectionYear('2017-18'); // true
 * isSupportedCollectionYear('1999-00'); // false
 */
export function isSupportedCollectionYear(year: string): year is CollectionYear {
  return CODE_LIST_SOURCES.some((source) => source.year === year);
}

/** Which year's code lists read a collection year, and whether that year's own lists were confirmed. */
export interface CodeListYear {
  /** The year asked about. */
  year: CollectionYear;
  /** The year whose lists are used: the same year when confirmed, otherwise the nearest confirmed one. */
  listsOf: CollectionYear;
  confirmed: boolean;
  /** Where the lists used come from. */
  source: string;
}

/**
 * The code lists a collection year is read with, or `undefined` for an unsupported year. A year whose
 * lists could not be confirmed (2013-14 to 2018-19, 2026-27) is read with the nearest confirmed year's.
 *
 * @example
 * codeListYearFor('2017-18'); // { year: '2017-18', listsOf: '2019-20', confirmed: false, source: '…' }
 */
export function codeListYearFor(year: string): CodeListYear | undefined {
  const listsOf = codeListYearOf(year);
  const used = CODE_LIST_SOURCES.find((source) => source.year === listsOf);
  if (listsOf === undefined || !used) return undefined;
  return { year, listsOf, confirmed: listsOf === year, source: used.source };
}

/**
 * The collection year a return covers, judged from its latest episode date (DECOM or DEC): the year
 * that date falls in. Dates that are not ISO calendar dates are passed over; `undefined` when none is left.
 *
 * @example
 * inferCollectionYear(['2017-06-01', '2018-03-31']); // '2017-18'
 */
export function inferCollectionYear(dates: Iterable<IsoDate | undefined>): CollectionYear | undefined {
  let latest: string | undefined;
  for (const date of dates) {
    if (date === undefined || (latest !== undefined && date <= latest)) continue;
    // Only calendar dates: `2024-02-30` has the shape but no collection year, so it is passed over. Checked
    // only for a new latest date, so a return's million dates cost a comparison each.
    if (IsoDate.safeParse(date).success) latest = date;
  }
  return latest === undefined ? undefined : collectionYearOf(latest);
}

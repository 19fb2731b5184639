import type { CollectionYear } from '@placewise/model';
import { findYearInPath, findYearInXml } from './internal/year-label.js';

/**
 * One file of several years of returns: its path relative to the folder the user chose
 * (`2023-24/episodes.csv`, `2023-episodes.csv`) and its text or bytes.
 *
 * @example
 * const file: YearFile = { path: '2023-24/episodes.csv', content: episodesCsv };
 */
export interface YearFile {
  path: string;
  content: string | Uint8Array;
}

/** The collection year a file names, and where it was found; `exact` is absent for a bare year (`2023`). */
export interface FileCollectionYear {
  /** The calendar year found (the year a collection starts, or a bare year to resolve from the data). */
  year: number;
  /** The collection year when the name or the XML states it exactly (`2023-24`). */
  exact?: CollectionYear;
  /** `path`: the file name or one of its folders; `xml`: the XML's `<ReferenceDate>` or `<Year>`. */
  from: 'path' | 'xml';
}

/**
 * The collection year a file names, by the rules `readReturnsByYear` uses (the file name first, then its
 * folders from the nearest, then an XML's `<ReferenceDate>` or `<Year>`), without reading the return: for
 * callers that group files by year and read them themselves. `undefined` when nothing names a year.
 *
 * @example
 * findCollectionYearOfFile({ path: '2023-24/episodes.csv', content: '' }); // { year: 2023, exact: '2023-24', from: 'path' }
 */
export function findCollectionYearOfFile(file: YearFile): FileCollectionYear | undefined {
  return findYearInPath(file.path) ?? findYearInXml(file);
}

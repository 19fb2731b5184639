import { type CollectionYear, collectionYearOf, IsoDate } from '@placewise/model';
import { decodeText } from '../decode-text.js';

/** A year found for a file: `2023-24` exactly, or a bare `2023` to resolve from the data. */
export interface YearLabel {
  year: number;
  exact?: CollectionYear;
  from: 'path' | 'xml';
}

const YEAR_IN_NAME = /(?<!\d)((?:19|20)\d{2})(?:[-_](\d{2}))?(?!\d)/;

/** The year in one file or folder name, if any. */
export function yearInName(name: string): Omit<YearLabel, 'from'> | undefined {
  const match = YEAR_IN_NAME.exec(name);
  if (!match) return undefined;
  const year = Number(match[1]);
  const exact = match[2] !== undefined && (year + 1) % 100 === Number(match[2]);
  return exact ? { year, exact: `${year}-${match[2]}` } : { year };
}

/** The year of a path: its file name first, then its folders from the nearest. */
export function findYearInPath(path: string): YearLabel | undefined {
  const parts = path.split(/[\\/]/).filter((p) => p !== '');
  for (let i = parts.length - 1; i >= 0; i--) {
    const found = yearInName(parts[i] as string);
    if (found) return { ...found, from: 'path' };
  }
  return undefined;
}

const REFERENCE_DATE = /<ReferenceDate>\s*((?:19|20)\d{2}-\d{2}-\d{2})\s*<\/ReferenceDate>/;
const ENDING_YEAR = /<Year>\s*((?:19|20)\d{2})\s*<\/Year>/;

/**
 * The year an XML return states in its first 4 KB: `<ReferenceDate>` is the 31 March the return counts to,
 * `<Year>` the calendar year the collection ends in. Only the head is searched, so a large file costs nothing.
 */
export function findYearInXml(file: { path: string; content: string | Uint8Array }): YearLabel | undefined {
  const head =
    typeof file.content === 'string'
      ? file.content.slice(0, 4096)
      : decodeText(file.content.subarray(0, 4096)).text;
  if (!/^\s*(\uFEFF)?\s*</.test(head)) return undefined;
  const date = REFERENCE_DATE.exec(head)?.[1];
  // A date that is not on the calendar (2024-02-30) names no year: `Date.parse` would roll it over.
  if (date !== undefined && IsoDate.safeParse(date).success) {
    const exact = collectionYearOf(date);
    return { year: Number(exact.slice(0, 4)), exact, from: 'xml' };
  }
  const ending = ENDING_YEAR.exec(head)?.[1];
  if (ending === undefined) return undefined;
  const start = Number(ending) - 1;
  return { year: start, exact: `${start}-${ending.slice(2)}`, from: 'xml' };
}

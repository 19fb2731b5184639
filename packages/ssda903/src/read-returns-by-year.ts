import { type CollectionYear, type Issue, inferCollectionYear } from '@placewise/model';
import { type Coverage, coverageOf } from './coverage.js';
import { findCollectionYearOfFile, type YearFile } from './find-collection-year-of-file.js';
import { issue } from './internal/issue.js';
import type { YearLabel } from './internal/year-label.js';
import { type ReadReturnOptions, type ReadReturnResult, readReturn } from './read-return.js';
import type { TableSummary } from './records.js';
import type { Ssda903Return } from './return.js';

/**
 * One collection year's return read from the files that name it: where the year came from, the records, each
 * table's row counts, its coverage and its issues (locations carry the file's path).
 *
 * @example
 * const year: ReturnOfYear = result.value[0];
 * year.collectionYear; // '2023-24'
 */
export interface ReturnOfYear {
  collectionYear: CollectionYear;
  /** `path`: a name or folder gave the year; `xml`: the XML's reference date or year; `data`: a bare year was resolved by the return's latest date. */
  yearFrom: 'path' | 'xml' | 'data';
  paths: string[];
  value: Ssda903Return;
  tables: TableSummary[];
  coverage: Coverage;
  issues: Issue[];
}

/**
 * Options of {@link readReturnsByYear}: passed on to {@link readReturn} for each year (its `collectionYear` is
 * set from the discovered year).
 *
 * @example
 * const options: ReadReturnsByYearOptions = { locator };
 */
export type ReadReturnsByYearOptions = Omit<ReadReturnOptions, 'collectionYear'>;

/**
 * What {@link readReturnsByYear} gives: one entry per collection year, oldest first, and the issues about
 * the discovery itself (files with no year, bare years resolved from data). Files in = files in some year +
 * files reported as `year.not-found`.
 *
 * @example
 * const { value: years, issues } = readReturnsByYear(files);
 */
export interface ReadReturnsByYearResult {
  value: ReturnOfYear[];
  issues: Issue[];
}

/**
 * Reads several years of SSDA903 returns from a list of files, telling each file's collection year from its
 * path: the file name first (`2023-24-episodes.csv`, `2023_episodes.csv`), then its folders from the nearest
 * (`2023-24/episodes.csv`, `2023/header.csv`), then for XML the `<ReferenceDate>` (the 31 March counted to) or
 * `<Year>` (the year the collection ends) in the file. A bare year (`2023`) is the collection year starting
 * or ending then that holds the return's latest DECOM/DEC, judged by `@placewise/model`'s
 * `inferCollectionYear` (`year.inferred` info issue saying which). A file
 * with no year is reported (`year.not-found`) and left out. Takes file contents, not a file system, so it
 * runs in browsers too.
 *
 * @example
 * const { value: years } = readReturnsByYear([
 *   { path: '2022-23/header.csv', content: header2022 },
 *   { path: '2022-23/episodes.csv', content: episodes2022 },
 *   { path: '2024-episodes.csv', content: episodes2024 },
 * ]);
 * years.map((y) => y.collectionYear); // ['2022-23', '2023-24' or '2024-25']
 */
export function readReturnsByYear(
  files: readonly YearFile[],
  options: ReadReturnsByYearOptions = {},
): ReadReturnsByYearResult {
  const issues: Issue[] = [];
  const groups = new Map<string, { label: YearLabel; files: YearFile[] }>();
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const label = findCollectionYearOfFile(file);
    if (!label) {
      issues.push(
        issue(
          'year.not-found',
          'No collection year in the file name, its folders or its XML: file left out.',
          {
            file: file.path,
          },
        ),
      );
      continue;
    }
    const key = label.exact ?? String(label.year);
    const group = groups.get(key) ?? { label, files: [] };
    group.files.push(file);
    groups.set(key, group);
  }
  const years = new Map<CollectionYear, ReturnOfYear>();
  for (const { label, files: group } of groups.values()) {
    const returnFiles = group.map((f) => ({ name: f.path, content: f.content }));
    let collectionYear = label.exact;
    let read: ReadReturnResult | undefined;
    if (collectionYear === undefined) {
      read = readReturn(returnFiles, options);
      collectionYear = resolveBareYear(label.year, read.value);
      issues.push(
        issue(
          'year.inferred',
          `Files labelled ${label.year} were read as collection year ${collectionYear}, the year holding their latest date.`,
          { file: group[0]?.path as string },
        ),
      );
    }
    read = readReturn(returnFiles, { ...options, collectionYear });
    const earlier = years.get(collectionYear);
    years.set(
      collectionYear,
      earlier ? combine(earlier, read, group) : ofYear(collectionYear, label, read, group),
    );
  }
  const value = [...years.values()].sort((a, b) => a.collectionYear.localeCompare(b.collectionYear));
  return { value, issues };
}

function ofYear(
  collectionYear: CollectionYear,
  label: YearLabel,
  read: ReadReturnResult,
  files: readonly YearFile[],
): ReturnOfYear {
  return {
    collectionYear,
    yearFrom: label.exact === undefined ? 'data' : label.from,
    paths: files.map((f) => f.path),
    value: read.value,
    tables: read.tables,
    coverage: coverageOf(read),
    issues: read.issues,
  };
}

/** Two groups naming one year (`2023-24/` and `2023-24-episodes.csv`) are one return. */
function combine(year: ReturnOfYear, read: ReadReturnResult, files: readonly YearFile[]): ReturnOfYear {
  const value = { ...year.value };
  for (const key of Object.keys(value) as (keyof Ssda903Return)[])
    (value[key] as unknown[]) = [...(year.value[key] as unknown[]), ...(read.value[key] as unknown[])];
  const tables = [...year.tables, ...read.tables];
  return {
    ...year,
    paths: [...year.paths, ...files.map((f) => f.path)],
    value,
    tables,
    coverage: coverageOf({ tables }),
    issues: [...year.issues, ...read.issues],
  };
}

/**
 * The collection year starting or ending in `year` that holds the return's latest date, as the model's
 * `inferCollectionYear` judges it; the one starting in `year` when that is neither (or there is no date).
 */
function resolveBareYear(year: number, value: Ssda903Return): CollectionYear {
  const starting = `${year}-${String((year + 1) % 100).padStart(2, '0')}`;
  const ending = `${year - 1}-${String(year % 100).padStart(2, '0')}`;
  return inferCollectionYear(episodeDates(value)) === ending ? ending : starting;
}

function* episodeDates(value: Ssda903Return): Generator<string | undefined> {
  for (const episode of value.episodes) {
    yield episode.start;
    yield episode.end;
  }
}

import type { Child, CollectionYear, Episode, Issue, PostcodeLocator } from '@placewise/model';
import { tableFromFileName } from './detect-table.js';
import { episodesAfterYear } from './internal/after-year.js';
import {
  type ChildIds,
  findDuplicateChildren,
  findEpisodeProblems,
  findUascProblems,
  type Located,
} from './internal/cross-checks.js';
import { issue } from './internal/issue.js';
import { readRows, summaryOf } from './internal/read-rows.js';
import type { TableReader } from './internal/table-reader.js';
import { startsLikeXml } from './internal/xml-start.js';
import { yearIssues } from './internal/year.js';
import { readXmlTables } from './read-xml.js';
import type { TableSummary } from './records.js';
import { emptyReturn, RETURN_KEYS, type Ssda903Return } from './return.js';
import type { UascRecord } from './uasc.js';

/** One file of a return: its name (used to tell which table it is) and its text or bytes. */
export interface ReturnFile {
  name: string;
  content: string | Uint8Array;
}

/** Options for {@link readReturn}. */
export interface ReadReturnOptions {
  /**
   * The collection year codes and SEX are checked against (2013-14 on; a year whose lists are not
   * confirmed is read with the nearest confirmed year's and gives one `year.unconfirmed` warning).
   * Default: any year's codes are accepted.
   */
  collectionYear?: CollectionYear;
  /** Used to exempt placements outside England from the URN check. Default: none. */
  locator?: PostcodeLocator;
}

/** What {@link readReturn} gives: the records, each table's row counts, and every issue found. */
export interface ReadReturnResult {
  value: Ssda903Return;
  tables: TableSummary[];
  issues: Issue[];
}

function isXml(file: ReturnFile): boolean {
  return /\.xml$/i.test(file.name) || startsLikeXml(file.content);
}

/**
 * Reads an SSDA903 return, CSV files or the XML form, into records and runs the structural checks:
 * codes valid for the year, DEC before DECOM, overlapping episodes, episodes with no Header row, duplicate
 * children, UASC rows repeated or with no Header row, malformed postcodes and missing URNs, and episodes
 * after the collection year asked for (a later year's return). Tables are told by file name (`episodes.csv`,
 * `2023-Header.CSV`, …) or else by their columns. For every table, rows = accepted + rejected.
 *
 * @example
 * const { value, tables, issues } = readReturn(
 *   [{ name: 'header.csv', content: headerCsv }, { name: 'episodes.csv', content: episodesCsv }],
 *   { collectionYear: '2024-25' },
 * );
 */
export function readReturn(files: readonly ReturnFile[], options: ReadReturnOptions = {}): ReadReturnResult {
  const readers: TableReader[] = [];
  const csv: TableReader[] = [];
  const issues: Issue[] = yearIssues(options.collectionYear);
  for (const file of files) {
    if (isXml(file)) {
      const xml = readXmlTables(file.content, { ...options, file: file.name });
      readers.push(...xml.readers);
      append(issues, xml.issues);
      for (const reader of xml.readers) append(issues, reader.issues);
      continue;
    }
    const table = tableFromFileName(file.name);
    const reader = readRows(file.content, { ...options, file: file.name, ...(table ? { table } : {}) });
    append(issues, reader.issues);
    if (!reader.table) continue;
    readers.push(reader);
    csv.push(reader);
  }
  append(issues, repeatedTables(csv));
  append(issues, crossCheck(readers));
  append(issues, episodesAfterYear(readers, options.collectionYear));
  const value = emptyReturn();
  for (const reader of readers) {
    const key = RETURN_KEYS[reader.table as keyof typeof RETURN_KEYS];
    const records = value[key] as unknown[] | undefined;
    // The reader is dropped after this, so its array can be the return's own when it is the only one.
    if (records === undefined || records.length === 0)
      (value as unknown as Record<string, unknown[]>)[key] = reader.records;
    else append(records, reader.records);
  }
  foldUasc(value.children, value.uasc);
  const tables = readers.map(
    (reader) => summaryOf(reader, reader.file === undefined ? {} : { file: reader.file }) as TableSummary,
  );
  return { value, tables, issues };
}

/**
 * A `table.repeated` note for each table read from more than one CSV file (`episodes.csv` and
 * `episodes (1).csv`, a file downloaded twice): their rows make one table, so the same rows given twice are
 * then rejected row by row as overlaps or duplicates, and this says why. Located at the second file.
 */
function repeatedTables(readers: readonly TableReader[]): Issue[] {
  const files = new Map<string, string[]>();
  for (const reader of readers) {
    if (reader.table === undefined || reader.file === undefined) continue;
    files.set(reader.table, [...(files.get(reader.table) ?? []), reader.file]);
  }
  return [...files.entries()]
    .filter(([, names]) => names.length > 1)
    .map(([table, names]) =>
      issue(
        'table.repeated',
        `${table} is read from ${names.length} files (${names.join(', ')}); their rows make one table, so a file given twice has every row twice.`,
        { file: names[1] as string, table },
      ),
    );
}

/** Appends in place; spreading a million items into `push` would overflow the stack. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

interface Owned<T> extends Located<T> {
  /** For each record: which reader holds it, and at what index (unset for one reader: reader 0, index i). */
  owner?: Uint32Array;
  index?: Uint32Array;
}

function located<T>(readers: TableReader[]): Owned<T> {
  if (readers.length === 1) {
    // One file, the usual case: its own arrays, copied nowhere.
    const reader = readers[0] as TableReader;
    const { file, records } = reader;
    return { records: records as unknown as T[], rowOf: (i) => reader.rowOfRecord(i), fileOf: () => file };
  }
  const total = readers.reduce((n, reader) => n + reader.records.length, 0);
  const records: T[] = [];
  const rows: number[] = [];
  const owner = new Uint32Array(total);
  const index = new Uint32Array(total);
  // Plain loops: a return's hundreds of thousands of records are each copied without a callback.
  for (let r = 0; r < readers.length; r++) {
    const { records: own, recordRows } = readers[r] as TableReader;
    for (let i = 0; i < own.length; i++) {
      owner[records.length] = r;
      index[records.length] = i;
      records.push(own[i] as T);
      rows.push(recordRows[i] as number);
    }
  }
  const fileOf = (i: number) => readers[owner[i] as number]?.file;
  return { records, rowOf: (i) => rows[i] as number, fileOf, owner, index };
}

/** Which reader holds record `i` of `owned` (its place in the readers), and at what index. */
function ownerOf(owned: Owned<unknown>, i: number): [number, number] {
  if (owned.owner === undefined || owned.index === undefined) return [0, i];
  return [owned.owner[i] as number, owned.index[i] as number];
}

/** Runs the checks that span rows and tables, and moves the records they reject out of their readers. */
function crossCheck(readers: TableReader[]): Issue[] {
  const issues: Issue[] = [];
  const headers = readers.filter((r) => r.table === 'Header' && r.readable);
  // A Header file whose rows all named different children can hold no duplicate: nothing to look for.
  const single = headers.length === 1 ? (headers[0] as TableReader) : undefined;
  if (!single?.childIdsDistinct) {
    const children = located<Child>(headers);
    reject(headers, findDuplicateChildren(children, issues), children);
  }
  let childIds: ChildIds | undefined;
  if (single) childIds = single.childIds;
  else if (headers.length > 0) {
    const all = new Set<string>();
    for (const reader of headers) for (const id of reader.childIds) all.add(id);
    childIds = all;
  }
  const episodeReaders = readers.filter((r) => r.table === 'Episodes');
  const episodes = located<Episode>(episodeReaders);
  const problems = findEpisodeProblems(episodes, childIds, issues);
  truncate(episodeReaders, problems.truncated, episodes);
  reject(episodeReaders, problems.rejected, episodes);
  const uascReaders = readers.filter((r) => r.table === 'UASC');
  const uasc = located<UascRecord>(uascReaders);
  reject(uascReaders, findUascProblems(uasc, childIds, issues), uasc);
  return issues;
}

/** Ends episodes early (new records; the readers' arrays are updated in place). */
function truncate(readers: TableReader[], ends: ReadonlyMap<number, string>, owned: Owned<Episode>): void {
  for (const [i, end] of ends) {
    const [r, at] = ownerOf(owned, i);
    const reader = readers[r] as TableReader;
    const episode = reader.records[at] as unknown as Episode;
    reader.records[at] = { ...episode, end, reasonEpisodeCeased: 'X1' };
  }
}

function reject(readers: TableReader[], indexes: Set<number>, owned: Owned<unknown>): void {
  if (indexes.size === 0) return;
  const dropped = readers.map(() => new Set<number>());
  for (const i of indexes) {
    const [r, at] = ownerOf(owned, i);
    dropped[r]?.add(at);
  }
  readers.forEach((reader, r) => {
    const set = dropped[r] as Set<number>;
    if (set.size === 0) return;
    // The row numbers first: made from the records' places when none are kept.
    const rows = reader.recordRows;
    reader.records = reader.records.filter((_, i) => !set.has(i));
    reader.recordRows = rows.filter((_, i) => !set.has(i));
    reader.accepted -= set.size;
    reader.rejected += set.size;
  });
}

/**
 * Sets `uasc` and `uascCeased` from the UASC table on the children it names, each such child replaced in
 * `children` by a new object (the records themselves are left untouched). In place: `readReturn` owns the
 * array, and a copy of a return's thousands of children, grown push by push, cost more than the few
 * children a UASC table names.
 */
function foldUasc(children: Child[], uasc: readonly UascRecord[]): void {
  if (uasc.length === 0) return;
  const byChild = new Map<string, UascRecord>();
  for (const row of uasc) byChild.set(row.childId, row);
  // A plain loop: a return's thousands of children, each looked up once.
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as Child;
    const row = byChild.get(child.id);
    if (!row) continue;
    children[i] =
      row.uascCeased === undefined
        ? { ...child, uasc: true }
        : { ...child, uasc: true, uascCeased: row.uascCeased };
  }
}

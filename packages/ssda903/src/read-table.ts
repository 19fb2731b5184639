import type { CollectionYear, Issue, PostcodeLocator } from '@placewise/model';
import { readRows, summaryOf } from './internal/read-rows.js';
import { yearIssues } from './internal/year.js';
import type { Ssda903Record, Ssda903Records, TableSummary } from './records.js';
import type { Ssda903Table } from './table.js';

/** Options for {@link readTable} and the streaming readers. */
export interface ReadTableOptions {
  /** The table the input holds. Default: judged from the header row. */
  table?: Ssda903Table;
  /** The file name, copied into every issue's location. */
  file?: string;
  /** The collection year codes are checked against. Default: any year's codes are accepted. */
  collectionYear?: CollectionYear;
  /** Used to exempt placements located outside England from the URN check. Default: none. */
  locator?: PostcodeLocator;
}

/** What reading one table gives: its records, its row counts (absent if unreadable) and the issues found. */
export interface TableResult<T> {
  value: T[];
  table: TableSummary | undefined;
  issues: Issue[];
}

/**
 * Reads one SSDA903 table from CSV text or bytes into typed records, one located issue per problem.
 * Tolerates a BOM, CRLF, quoted fields, any column order, header case and spaces, blank trailing lines,
 * Windows-1252 bytes and DD/MM/YYYY or ISO dates. Never throws on bad input.
 *
 * @example
 * const { value, table, issues } = readTable('CHILD,SEX,DOB\nC1,F,01/06/2012\n', { table: 'Header' });
 * // value[0] → { childId: 'C1', sex: 'female', dateOfBirth: '2012-06-01', uasc: false }
 */
export function readTable<T extends Ssda903Table>(
  input: string | Uint8Array,
  options: ReadTableOptions & { table: T },
): TableResult<Ssda903Records[T]>;
export function readTable(input: string | Uint8Array, options?: ReadTableOptions): TableResult<Ssda903Record>;
export function readTable(
  input: string | Uint8Array,
  options: ReadTableOptions = {},
): TableResult<Ssda903Record> {
  const reader = readRows(input, options);
  return {
    value: reader.records as unknown as Ssda903Record[],
    table: summaryOf(reader, options),
    issues: [...yearIssues(options.collectionYear, options.file), ...reader.issues],
  };
}

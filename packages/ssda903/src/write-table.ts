import type { CollectionYear } from '@placewise/model';
import { formatSsdaDate } from './internal/date.js';
import { type FieldSpec, TABLE_FIELDS } from './internal/fields.js';
import type { Ssda903Records } from './records.js';
import type { Ssda903Table } from './table.js';

/** Options for {@link writeTable}. */
export interface WriteTableOptions {
  /**
   * The collection year written for: SEX is written `1`/`2` before 2024-25 and `M`/`F`/`U` from then
   * (an unknown sex is written `U` in any year). Default: the newer form.
   */
  collectionYear?: CollectionYear;
  /** Line ending. Default `'\r\n'`, as Windows case-management systems export. */
  newline?: '\r\n' | '\n';
}

const NEEDS_QUOTES = /[",\r\n]/;

function quote(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function format(field: FieldSpec, value: unknown, oldSex: boolean): string {
  if (value === undefined || value === null) return '';
  switch (field.kind) {
    case 'date':
      return formatSsdaDate(value as string);
    case 'flag':
      return value ? '1' : '0';
    case 'sex':
      if (value === 'male') return oldSex ? '1' : 'M';
      if (value === 'female') return oldSex ? '2' : 'F';
      return 'U';
    default:
      return quote(String(value));
  }
}

/**
 * Writes records as one SSDA903 CSV table: the table's own column names in DfE's order, dates as
 * DD/MM/YYYY. Reading the text back with `readTable` gives the same records.
 *
 * @example
 * writeTable('Missing', [{ childId: 'C1', dateOfBirth: '2010-05-01', kind: 'M', start: '2024-06-02' }]);
 * // 'CHILD,DOB,MISSING,MIS_START,MIS_END\r\nC1,01/05/2010,M,02/06/2024,\r\n'
 */
export function writeTable<T extends Ssda903Table>(
  table: T,
  records: readonly Ssda903Records[T][],
  options: WriteTableOptions = {},
): string {
  const fields = TABLE_FIELDS[table];
  const newline = options.newline ?? '\r\n';
  const oldSex = options.collectionYear !== undefined && options.collectionYear < '2024-25';
  const lines = [fields.map((field) => field.column).join(',')];
  for (const record of records) {
    const values = record as unknown as Record<string, unknown>;
    lines.push(fields.map((field) => format(field, values[field.key], oldSex)).join(','));
  }
  return lines.join(newline) + newline;
}

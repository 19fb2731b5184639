import { findWorkbook } from '../decode-text.js';
import type { TableSummary } from '../records.js';
import { textOfInput, workbookIssue } from './decode.js';
import { TableReader, type TableReaderOptions } from './table-reader.js';

/** Reads text or bytes into the internal reader (kept whole, row numbers included, for `readReturn`). */
export function readRows(input: string | Uint8Array, options: TableReaderOptions): TableReader {
  const reader = new TableReader(options);
  if (typeof input !== 'string' && findWorkbook(input)) {
    // Not text: nothing is read, and the one issue says why rather than a header of nonsense.
    reader.issues.push(workbookIssue(input, options.file));
    return reader;
  }
  const { text, issues } = textOfInput(input, options.file);
  reader.issues.push(...issues);
  // The whole text in one push: the line splitter then never joins a leftover line to the next piece.
  reader.push(text);
  reader.end();
  return reader;
}

/** The row counts of a reader, or `undefined` when it never knew its table. */
export function summaryOf(reader: TableReader, options: TableReaderOptions): TableSummary | undefined {
  if (!reader.table) return undefined;
  const summary: TableSummary = {
    table: reader.table,
    rows: reader.rows,
    accepted: reader.accepted,
    rejected: reader.rejected,
  };
  if (options.file !== undefined) summary.file = options.file;
  return summary;
}

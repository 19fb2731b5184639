import { decodeText, findWorkbook } from '../decode-text.js';
import type { TableSummary } from '../records.js';
import { encodingIssues, workbookIssue } from './decode.js';
import { TableReader, type TableReaderOptions } from './table-reader.js';

/** Reads text or bytes into the internal reader (kept whole, row numbers included, for `readReturn`). */
export function readRows(input: string | Uint8Array, options: TableReaderOptions): TableReader {
  const reader = new TableReader(options);
  let text: string;
  if (typeof input === 'string') text = input.replace(/^\uFEFF/, '');
  else if (findWorkbook(input)) {
    // Not text: nothing is read, and the one issue says why rather than a header of nonsense.
    reader.issues.push(workbookIssue(input, options.file));
    return reader;
  } else {
    const decoded = decodeText(input);
    text = decoded.text;
    reader.issues.push(...encodingIssues(decoded.encoding, options.file));
  }
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

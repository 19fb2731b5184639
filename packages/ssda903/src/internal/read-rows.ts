import type { TableSummary } from '../records.js';
import { decodeBytes } from './decode.js';
import { TableReader, type TableReaderOptions } from './table-reader.js';

const SLICE = 1 << 16;

/** Reads text or bytes into the internal reader (kept whole, row numbers included, for `readReturn`). */
export function readRows(input: string | Uint8Array, options: TableReaderOptions): TableReader {
  const reader = new TableReader(options);
  const text = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : decodeBytes(input);
  // Slices keep each parse's row arrays short-lived, which spares the garbage collector on big files.
  for (let from = 0; from < text.length; from += SLICE) reader.push(text.slice(from, from + SLICE));
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

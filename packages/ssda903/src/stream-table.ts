import type { Issue } from '@placewise/model';
import { encodingIssues } from './decode-text.js';
import { createChunkDecoder } from './internal/decode.js';
import { summaryOf } from './internal/read-rows.js';
import { TableReader } from './internal/table-reader.js';
import { yearIssues } from './internal/year.js';
import type { ReadTableOptions, TableResult } from './read-table.js';
import type { Ssda903Record, Ssda903Records, TableSummary } from './records.js';
import type { Ssda903Table } from './table.js';

/** A source of a file's bytes: a web `ReadableStream` or any async iterable of chunks (text or bytes). */
export type ChunkSource = ReadableStream<Uint8Array> | AsyncIterable<Uint8Array | string>;

/** The records and issues read from one or more chunks, and the row counts so far. */
export interface TableBatch<T> {
  records: T[];
  issues: Issue[];
  /** Counts so far; the last batch's are the table's. Absent while (or if) the table is unknown. */
  summary: TableSummary | undefined;
}

async function* chunksOf(source: ChunkSource): AsyncGenerator<Uint8Array | string> {
  if ('getReader' in source) {
    const reader = source.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      reader.releaseLock();
    }
  }
  yield* source;
}

/**
 * Reads one SSDA903 table from a stream, yielding records in batches as chunks arrive, so a
 * million-row Episodes file is read in memory bounded by the chunk size, not the file. Cross-row checks
 * (overlaps, duplicates) need the whole return: run `checkReturn` on what you keep.
 *
 * @example
 * for await (const batch of streamTable(file.stream(), { table: 'Episodes' })) {
 *   for (const episode of batch.records) count(episode);
 * }
 */
export function streamTable<T extends Ssda903Table>(
  source: ChunkSource,
  options: ReadTableOptions & { table: T },
): AsyncGenerator<TableBatch<Ssda903Records[T]>>;
export function streamTable(
  source: ChunkSource,
  options?: ReadTableOptions,
): AsyncGenerator<TableBatch<Ssda903Record>>;
export async function* streamTable(
  source: ChunkSource,
  options: ReadTableOptions = {},
): AsyncGenerator<TableBatch<Ssda903Record>> {
  const reader = new TableReader(options);
  reader.issues.push(...yearIssues(options.collectionYear, options.file));
  const decoder = createChunkDecoder();
  const batch = (): TableBatch<Ssda903Record> => {
    const { records, issues } = reader.drain();
    return { records: records as unknown as Ssda903Record[], issues, summary: summaryOf(reader, options) };
  };
  let said = false;
  // The encoding is said once, when the bytes first show it (the first bytes for UTF-16).
  const say = () => {
    if (said || decoder.encoding === 'utf-8') return;
    said = true;
    reader.issues.push(...encodingIssues(decoder.encoding, options.file));
  };
  for await (const chunk of chunksOf(source)) {
    if (typeof chunk === 'string') reader.push(chunk);
    else {
      const text = decoder.decode(chunk);
      say();
      reader.push(text);
    }
    yield batch();
  }
  const rest = decoder.end();
  say();
  reader.push(rest);
  reader.end();
  yield batch();
}

/**
 * Reads a whole SSDA903 table from a stream into one result, as {@link readTable} does for text.
 *
 * @example
 * const { value, table } = await readTableStream(response.body, { table: 'Episodes', collectionYear: '2024-25' });
 */
export async function readTableStream<T extends Ssda903Table>(
  source: ChunkSource,
  options: ReadTableOptions & { table: T },
): Promise<TableResult<Ssda903Records[T]>>;
export async function readTableStream(
  source: ChunkSource,
  options?: ReadTableOptions,
): Promise<TableResult<Ssda903Record>>;
export async function readTableStream(
  source: ChunkSource,
  options: ReadTableOptions = {},
): Promise<TableResult<Ssda903Record>> {
  const value: Ssda903Record[] = [];
  const issues: Issue[] = [];
  let table: TableSummary | undefined;
  for await (const batch of streamTable(source, options)) {
    for (const record of batch.records) value.push(record);
    for (const found of batch.issues) issues.push(found);
    table = batch.summary;
  }
  return { value, table, issues };
}

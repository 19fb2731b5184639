import type { Issue } from '@placewise/model';
import { splitCsvLine } from './internal/csv-fields.js';
import { Growable } from './internal/growable.js';
import { encodeIndex } from './internal/onspd-format.js';
import { packPostcode } from './internal/packed-postcode.js';

/** What went into an exact index: every data row is counted in exactly one of the outcomes. */
export interface OnspdIndexSummary {
  /** Data rows read (the header excluded). */
  rows: number;
  /** Live postcodes with a grid reference, now in the index. */
  indexed: number;
  /** Rows with a termination date (`doterm`): postcodes no longer in use. */
  terminated: number;
  /** Rows without a usable grid reference (blank, or `osgrdind` 9). */
  withoutGridReference: number;
  /** Rows whose postcode or authority code could not be read, or outside the four UK nations. */
  unreadable: number;
  /** Repeats of a postcode already indexed (the first is kept). */
  duplicates: number;
}

/** The outcome of building an exact index: the bytes (absent when the file could not be used), a summary and issues. */
export interface OnspdIndexBuild {
  value: Uint8Array | undefined;
  summary: OnspdIndexSummary;
  issues: Issue[];
}

/** Options for {@link createOnspdIndexBuilder} and {@link buildOnspdIndex}. */
export interface BuildOnspdIndexOptions {
  /** Called every `progressEvery` data rows with the number read so far. */
  onProgress?: (rows: number) => void;
  /** Default 100,000. */
  progressEvery?: number;
  /** File name for issue locations. */
  file?: string;
}

/** Incremental builder: feed the CSV in chunks of any size, then `finish`. */
export interface OnspdIndexBuilder {
  /** Adds the next chunk of the file (text, or UTF-8 bytes). */
  push(chunk: string | Uint8Array): void;
  /** Ends the input and lays out the index. */
  finish(): OnspdIndexBuild;
}

const COLUMNS = {
  postcode: ['pcds', 'pcd', 'pcd7', 'pcd8', 'pcd2'],
  easting: ['oseast1m', 'east1m'],
  northing: ['osnrth1m', 'north1m'],
  authority: ['laua', 'oslaua', 'lad'],
  terminated: ['doterm'],
  gridQuality: ['osgrdind'],
} as const;

/** The id of a key in an interning map, adding it if new. */
function idOf(ids: Map<string, number>, key: string): number {
  const known = ids.get(key);
  if (known !== undefined) return known;
  ids.set(key, ids.size);
  return ids.size - 1;
}

const isAuthorityColumn = (name: string) =>
  (COLUMNS.authority as readonly string[]).includes(name) || /^lad\d\dcd$/.test(name);

/**
 * Creates a builder that streams the ONS Postcode Directory CSV once into a compact exact index
 * (about 10 bytes a postcode: sorted packed postcodes, grid coordinates and an authority table).
 * Column names are matched case-insensitively in either spelling ONS has used: `pcds`/`pcd`/`pcd7`,
 * `oseast1m`/`east1m`, `osnrth1m`/`north1m`, `laua`/`lad25cd` (any `ladNNcd`). Terminated postcodes
 * (`doterm` set) and rows without a grid reference are skipped and counted. Runs in Node and browsers.
 *
 * @example
 * const builder = createOnspdIndexBuilder();
 * for await (const chunk of stream) builder.push(chunk);
 * const { value: bytes, summary, issues } = builder.finish();
 */
export function createOnspdIndexBuilder(options: BuildOnspdIndexOptions = {}): OnspdIndexBuilder {
  const file = options.file;
  const every = options.progressEvery ?? 100_000;
  const decoder = new TextDecoder();
  const issues: Issue[] = [];
  const summary: OnspdIndexSummary = {
    rows: 0,
    indexed: 0,
    terminated: 0,
    withoutGridReference: 0,
    unreadable: 0,
    duplicates: 0,
  };
  const districtIds = new Map<string, number>();
  const authorityIds = new Map<string, number>();
  const district = new Growable((n) => new Uint16Array(n));
  const inward = new Growable((n) => new Uint16Array(n));
  const easting = new Growable((n) => new Int32Array(n));
  const northing = new Growable((n) => new Int32Array(n));
  const authority = new Growable((n) => new Uint16Array(n));
  let carry = '';
  let columns: Record<keyof typeof COLUMNS, number> | undefined;
  let unusable = false;

  const header = (line: string) => {
    const names = splitCsvLine(line.replace(/^\uFEFF/, '')).map((n) => n.trim().toLowerCase());
    const find = (key: keyof typeof COLUMNS) =>
      key === 'authority'
        ? names.findIndex(isAuthorityColumn)
        : names.findIndex((n) => (COLUMNS[key] as readonly string[]).includes(n));
    columns = {
      postcode: find('postcode'),
      easting: find('easting'),
      northing: find('northing'),
      authority: find('authority'),
      terminated: find('terminated'),
      gridQuality: find('gridQuality'),
    };
    for (const key of ['postcode', 'easting', 'northing', 'authority'] as const) {
      if (columns[key] >= 0) continue;
      unusable = true;
      issues.push({
        code: 'onspd.missing-column',
        severity: 'error',
        message: `The file has no ${key} column (expected one of ${COLUMNS[key].join(', ')}${key === 'authority' ? ', ladNNcd' : ''}).`,
        location: { ...(file ? { file } : {}), row: 0 },
      });
    }
  };

  const row = (line: string) => {
    if (!columns) return header(line);
    if (line.trim() === '') return;
    summary.rows++;
    if (summary.rows % every === 0) options.onProgress?.(summary.rows);
    if (unusable) return void summary.unreadable++;
    const fields = splitCsvLine(line);
    const term = columns.terminated >= 0 ? (fields[columns.terminated] ?? '').trim() : '';
    if (term !== '') return void summary.terminated++;
    const e = (fields[columns.easting] ?? '').trim();
    const n = (fields[columns.northing] ?? '').trim();
    const quality = columns.gridQuality >= 0 ? (fields[columns.gridQuality] ?? '').trim() : '';
    if (e === '' || n === '' || quality === '9' || !/^\d+$/.test(e) || !/^\d+$/.test(n)) {
      return void summary.withoutGridReference++;
    }
    const packed = packPostcode(fields[columns.postcode] ?? '');
    const la = (fields[columns.authority] ?? '').trim();
    if (!packed || !/^[ENSW]\d{8}$/.test(la)) return void summary.unreadable++;
    const d = idOf(districtIds, packed.outward);
    const a = idOf(authorityIds, la);
    district.push(d);
    inward.push(packed.inward);
    easting.push(Number(e));
    northing.push(Number(n));
    authority.push(a);
  };

  const feed = (text: string, final: boolean) => {
    const lines = (carry + text).split('\n');
    carry = final ? '' : (lines.pop() ?? '');
    for (const line of lines) row(line.endsWith('\r') ? line.slice(0, -1) : line);
  };

  return {
    push(chunk) {
      feed(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }), false);
    },
    finish() {
      feed(decoder.decode(), true);
      if (!columns) {
        issues.push({
          code: 'onspd.empty',
          severity: 'error',
          message: 'The file is empty: no header row.',
          location: { ...(file ? { file } : {}), row: 0 },
        });
      }
      if (!columns || unusable) return { value: undefined, summary, issues };
      return { value: layOut(), summary, issues };
    },
  };

  function layOut(): Uint8Array {
    const names = [...districtIds.keys()];
    const order = names.map((_, i) => i).sort((x, y) => ((names[x] ?? '') < (names[y] ?? '') ? -1 : 1));
    const rank = new Uint16Array(names.length);
    order.forEach((id, r) => {
      rank[id] = r;
    });
    // One sortable number per row: district rank, inward code, then row number for a stable first-wins.
    const keys = new Float64Array(district.length);
    for (let i = 0; i < district.length; i++) {
      keys[i] = ((rank[district.at(i)] ?? 0) * 8192 + inward.at(i)) * 8388608 + i;
    }
    keys.sort();
    const kept: number[] = [];
    let previous = -1;
    for (const key of keys) {
      const postcode = Math.floor(key / 8388608);
      if (postcode === previous) {
        summary.duplicates++;
        continue;
      }
      previous = postcode;
      kept.push(key - postcode * 8388608);
    }
    summary.indexed = kept.length;
    const starts = new Array<number>(names.length + 1).fill(0);
    const out = {
      districts: order.map((id) => names[id] ?? ''),
      starts,
      authorities: [...authorityIds.keys()],
      inward: new Uint16Array(kept.length),
      easting: new Int32Array(kept.length),
      northing: new Int32Array(kept.length),
      authority: new Uint16Array(kept.length),
    };
    kept.forEach((row, i) => {
      const slot = (rank[district.at(row)] ?? 0) + 1;
      starts[slot] = (starts[slot] ?? 0) + 1;
      out.inward[i] = inward.at(row);
      out.easting[i] = easting.at(row);
      out.northing[i] = northing.at(row);
      out.authority[i] = authority.at(row);
    });
    for (let d = 1; d < starts.length; d++) starts[d] = (starts[d] ?? 0) + (starts[d - 1] ?? 0);
    return encodeIndex(out);
  }
}

/**
 * Builds an exact index from the whole ONS Postcode Directory CSV, given as text, bytes, or an (async)
 * iterable of chunks such as a web `ReadableStream` or a Node file stream. See {@link createOnspdIndexBuilder}.
 *
 * @example
 * const { value: bytes, summary } = await buildOnspdIndex(response.body!);
 */
export async function buildOnspdIndex(
  source: string | Uint8Array | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>,
  options: BuildOnspdIndexOptions = {},
): Promise<OnspdIndexBuild> {
  const builder = createOnspdIndexBuilder(options);
  if (typeof source === 'string' || source instanceof Uint8Array) builder.push(source);
  else for await (const chunk of source) builder.push(chunk);
  return builder.finish();
}

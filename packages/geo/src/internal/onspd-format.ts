/** The exact index in memory: postcodes sorted by outward code then inward code. */
export interface OnspdIndexData {
  /** Outward codes in sorted order. */
  districts: string[];
  /** `starts[d]` is the first postcode of district `d`; `starts[districts.length]` is the count. */
  starts: number[];
  /** Lower-tier authority codes the `authority` column indexes. */
  authorities: string[];
  inward: Uint16Array;
  easting: Int32Array;
  northing: Int32Array;
  authority: Uint16Array;
}

const MAGIC = 0x58505750; // 'PWPX' little-endian
export const FORMAT_VERSION = 1;
const HEADER = 16;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

const pad4 = (n: number) => (n + 3) & ~3;

/** Lays the index out as bytes: a 16-byte header, JSON metadata, then the four columns, little-endian. */
export function encodeIndex(data: OnspdIndexData): Uint8Array {
  const meta = new TextEncoder().encode(
    JSON.stringify({ districts: data.districts, starts: data.starts, authorities: data.authorities }),
  );
  const n = data.inward.length;
  const metaEnd = pad4(HEADER + meta.length);
  const inwardEnd = pad4(metaEnd + n * 2);
  const total = inwardEnd + n * 4 + n * 4 + pad4(n * 2);
  const bytes = new Uint8Array(total);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, FORMAT_VERSION, true);
  view.setUint32(8, n, true);
  view.setUint32(12, meta.length, true);
  bytes.set(meta, HEADER);
  for (let i = 0; i < n; i++) {
    view.setUint16(metaEnd + i * 2, data.inward[i] ?? 0, true);
    view.setInt32(inwardEnd + i * 4, data.easting[i] ?? 0, true);
    view.setInt32(inwardEnd + n * 4 + i * 4, data.northing[i] ?? 0, true);
    view.setUint16(inwardEnd + n * 8 + i * 2, data.authority[i] ?? 0, true);
  }
  return bytes;
}

/** Why a byte string is not an index, or `undefined` when it is one. */
export type DecodeFailure = 'not-an-index' | 'unsupported-version' | 'truncated';

/** Reads bytes written by {@link encodeIndex}; copies each column once so the input can be reused. */
export function decodeIndex(bytes: Uint8Array): OnspdIndexData | DecodeFailure {
  if (bytes.length < HEADER) return 'not-an-index';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) return 'not-an-index';
  if (view.getUint32(4, true) !== FORMAT_VERSION) return 'unsupported-version';
  const n = view.getUint32(8, true);
  const metaLength = view.getUint32(12, true);
  const metaEnd = pad4(HEADER + metaLength);
  const inwardEnd = pad4(metaEnd + n * 2);
  if (bytes.length < inwardEnd + n * 10) return 'truncated';
  let meta: { districts?: unknown; starts?: unknown; authorities?: unknown };
  try {
    meta = JSON.parse(new TextDecoder().decode(bytes.subarray(HEADER, HEADER + metaLength)));
  } catch {
    return 'not-an-index';
  }
  const { districts, starts, authorities } = meta;
  if (!Array.isArray(districts) || !Array.isArray(starts) || !Array.isArray(authorities))
    return 'not-an-index';
  if (starts.length !== districts.length + 1 || starts[districts.length] !== n) return 'not-an-index';
  // Metadata that lies (a name that is not text, a district starting before the one above it or past the
  // end) is not an index: reading it as one would throw or run past the columns.
  if (!districts.every(isText) || !authorities.every(isText) || !starts.every(isStartWithin(n)))
    return 'not-an-index';
  return {
    districts,
    starts,
    authorities,
    inward: column(bytes, view, metaEnd, n, 2, Uint16Array) as Uint16Array,
    easting: column(bytes, view, inwardEnd, n, 4, Int32Array) as Int32Array,
    northing: column(bytes, view, inwardEnd + n * 4, n, 4, Int32Array) as Int32Array,
    authority: column(bytes, view, inwardEnd + n * 8, n, 2, Uint16Array) as Uint16Array,
  };
}

const isText = (value: unknown): value is string => typeof value === 'string';

/** Each start a whole number from 0 to `n`, none before the one above it. */
const isStartWithin =
  (n: number) =>
  (start: unknown, i: number, starts: unknown[]): start is number =>
    Number.isSafeInteger(start) &&
    (start as number) >= (i === 0 ? 0 : (starts[i - 1] as number)) &&
    (start as number) <= n;

function column(
  bytes: Uint8Array,
  view: DataView,
  offset: number,
  n: number,
  width: 2 | 4,
  Kind: Uint16ArrayConstructor | Int32ArrayConstructor,
): Uint16Array | Int32Array {
  if (LITTLE_ENDIAN) return new Kind(bytes.slice(offset, offset + n * width).buffer);
  const out = new Kind(n);
  for (let i = 0; i < n; i++) {
    out[i] = width === 2 ? view.getUint16(offset + i * 2, true) : view.getInt32(offset + i * 4, true);
  }
  return out;
}

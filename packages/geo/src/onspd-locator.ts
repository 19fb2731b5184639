import type { GridPoint, Issue, LocatedPostcode, PostcodeLocator } from '@placewise/model';
import { parsePostcode } from '@placewise/model';
import { locatedIn, mostTallied } from './internal/located.js';
import { decodeIndex, type OnspdIndexData } from './internal/onspd-format.js';
import { packPostcode } from './internal/packed-postcode.js';
import { remembered } from './internal/remembered.js';

/** Options for {@link loadOnspdIndex}. */
export interface LoadOnspdIndexOptions {
  /** Asked when a postcode, sector or district is not in the index (e.g. the sector locator). */
  fallback?: PostcodeLocator;
}

/** An exact locator, with how many postcodes it holds. */
export interface OnspdLocator extends PostcodeLocator {
  readonly size: number;
}

/**
 * Loads an exact index written by {@link buildOnspdIndex} into a locator. Full postcodes resolve to their
 * own grid reference (`precision: 'unit'`); sectors and districts to the mean of their live postcodes.
 * The locator remembers its answers (up to 65,536 distinct inputs, then it starts afresh), so an input
 * asked again gives the same object: treat it as read-only.
 * Bytes that are not an index give `value: undefined` and one `geo.index.invalid` issue.
 *
 * @example
 * const { value: locator } = loadOnspdIndex(bytes, { fallback: createSectorLocator() });
 * locator?.locate('LS6 1AA')?.precision; // 'unit'
 */
export function loadOnspdIndex(
  bytes: Uint8Array,
  options: LoadOnspdIndexOptions = {},
): { value: OnspdLocator | undefined; issues: Issue[] } {
  const data = decodeIndex(bytes);
  if (typeof data === 'string') {
    const reason = {
      'not-an-index': 'The bytes are not a Placewise postcode index.',
      'unsupported-version': 'The index was written by an unsupported version: rebuild it.',
      truncated: 'The index is truncated.',
    }[data];
    return {
      value: undefined,
      issues: [{ code: 'geo.index.invalid', severity: 'error', message: reason, location: {} }],
    };
  }
  const districtIndex = new Map(data.districts.map((d, i) => [d, i]));
  // Each postcode is parsed and looked up once: `derivePlacements` and the indicators ask the locator for a
  // child's postcodes placement by placement and keep no memory of their own.
  const locate = remembered(
    (input: string): LocatedPostcode | undefined =>
      locateExact(data, districtIndex, input) ?? options.fallback?.locate(input),
  );
  return { value: { locate, size: data.inward.length }, issues: [] };
}

function locateExact(
  data: OnspdIndexData,
  districtIndex: Map<string, number>,
  input: string,
): LocatedPostcode | undefined {
  const parsed = parsePostcode(input);
  if (!parsed.success) return undefined;
  const { value } = parsed;
  const d = districtIndex.get(value.district);
  if (d === undefined) return undefined;
  const from = data.starts[d] ?? 0;
  const to = data.starts[d + 1] ?? 0;
  if (value.precision === 'unit') {
    const packed = packPostcode(value.postcode);
    if (!packed) return undefined;
    const i = lowerBound(data.inward, from, to, packed.inward);
    if (i >= to || data.inward[i] !== packed.inward) return undefined;
    return summarise(data, value.postcode, i, i + 1, 'unit');
  }
  if (value.precision === 'sector') {
    const digit = Number((value.sector ?? '').slice(-1));
    return summarise(
      data,
      value.postcode,
      lowerBound(data.inward, from, to, digit * 676),
      lowerBound(data.inward, from, to, (digit + 1) * 676),
      'sector',
    );
  }
  return summarise(data, value.postcode, from, to, 'district');
}

function lowerBound(values: Uint16Array, from: number, to: number, target: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] ?? 0) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function summarise(
  data: OnspdIndexData,
  postcode: string,
  from: number,
  to: number,
  precision: LocatedPostcode['precision'],
): LocatedPostcode | undefined {
  if (to <= from) return undefined;
  let easting = 0;
  let northing = 0;
  const counts = new Map<number, number>();
  for (let i = from; i < to; i++) {
    easting += data.easting[i] ?? 0;
    northing += data.northing[i] ?? 0;
    const a = data.authority[i] ?? 0;
    counts.set(a, (counts.get(a) ?? 0) + 1);
  }
  const n = to - from;
  const point: GridPoint = { easting: Math.round(easting / n), northing: Math.round(northing / n) };
  return locatedIn(postcode, point, data.authorities[mostTallied(counts)] ?? '', precision);
}

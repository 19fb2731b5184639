import * as z from 'zod';
import type { Issue, IssueLocation } from './issue.js';

/**
 * How much of a postcode is known: a full unit (`LS6 1AA`), a sector (`LS6 1`) or a district (`LS6`).
 *
 * @example
 * PostcodePrecision.parse('sector');
 */
export const PostcodePrecision = z.enum(['unit', 'sector', 'district']);
/** @see {@link PostcodePrecision} */
export type PostcodePrecision = z.infer<typeof PostcodePrecision>;

/**
 * A parsed UK postcode, full or partial, with its parts in normalised form (upper case, one space).
 * `sector` is absent for a district; `unit` is present only for a full postcode.
 *
 * @example
 * const p: Postcode = { postcode: 'LS6 1AA', area: 'LS', district: 'LS6', sector: 'LS6 1', unit: 'LS6 1AA', precision: 'unit' };
 */
export interface Postcode {
  /** The input, normalised: `LS6 1AA`, `LS6 1` or `LS6`. */
  postcode: string;
  /** Postcode area: the leading letters (`LS`). */
  area: string;
  /** Outward code (`LS6`). */
  district: string;
  /** Outward code and the inward digit (`LS6 1`). */
  sector?: string;
  /** The full postcode (`LS6 1AA`). */
  unit?: string;
  precision: PostcodePrecision;
}

/**
 * What {@link parsePostcode} returns: the postcode, or a coded issue that never quotes the input.
 *
 * @example
 * const result: ParsePostcodeResult = parsePostcode('LS6 1');
 * if (result.success) result.value.precision; // 'sector'
 */
export type ParsePostcodeResult = { success: true; value: Postcode } | { success: false; issue: Issue };

/**
 * Options for {@link parsePostcode}.
 *
 * @example
 * parsePostcode(row.PL_POST, { location: { table: 'Episodes', row: 4, column: 'PL_POST' } });
 */
export interface ParsePostcodeOptions {
  /** Where the postcode came from, copied into the issue. Default `{}`. */
  location?: IssueLocation;
}

// Royal Mail's positional letter rules for the outward code; inward letters never use C, I, K, M, O, V.
const OUTWARD =
  /^(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])$/;
const INWARD = /^[0-9][ABD-HJLNP-UW-Z]{2}$/;
const SECTOR_DIGIT = /^[0-9]$/;

function build(outward: string, inward: string | undefined, precision: PostcodePrecision): Postcode {
  const area = outward.match(/^[A-Z]+/)?.[0] ?? outward;
  if (precision === 'district') return { postcode: outward, area, district: outward, precision };
  const sector = `${outward} ${inward?.[0] ?? ''}`;
  if (precision === 'sector') return { postcode: sector, area, district: outward, sector, precision };
  const unit = `${outward} ${inward}`;
  return { postcode: unit, area, district: outward, sector, unit, precision };
}

function parseParts(input: string): Postcode | undefined {
  const parts = input.trim().toUpperCase().split(/\s+/).filter(Boolean);
  if (parts.length === 2) {
    const [outward = '', inward = ''] = parts;
    if (!OUTWARD.test(outward)) return undefined;
    if (INWARD.test(inward)) return build(outward, inward, 'unit');
    return SECTOR_DIGIT.test(inward) ? build(outward, inward, 'sector') : undefined;
  }
  if (parts.length !== 1) return undefined;
  const [joined = ''] = parts;
  if (joined === 'GIR0AA') return build('GIR', '0AA', 'unit');
  const outward = joined.slice(0, -3);
  const inward = joined.slice(-3);
  if (OUTWARD.test(outward) && INWARD.test(inward)) return build(outward, inward, 'unit');
  return OUTWARD.test(joined) ? build(joined, undefined, 'district') : undefined;
}

/**
 * Parses a UK postcode, postcode sector or district, tolerant of case and spacing. A sector needs its
 * space (`LS6 1`); without one, `LS61` reads as a district. Malformed input gives the issue
 * `postcode.malformed`; it never throws and the message never repeats the input.
 *
 * @example
 * parsePostcode('ls61aa'); // { success: true, value: { postcode: 'LS6 1AA', precision: 'unit', … } }
 * parsePostcode('LS6 1').success; // true (sector)
 * parsePostcode('not a postcode'); // { success: false, issue: { code: 'postcode.malformed', … } }
 */
export function parsePostcode(input: string, options: ParsePostcodeOptions = {}): ParsePostcodeResult {
  const value = typeof input === 'string' ? parseParts(input) : undefined;
  if (value) return { success: true, value };
  return {
    success: false,
    issue: {
      code: 'postcode.malformed',
      severity: 'error',
      message: 'The value is not a UK postcode, postcode sector or postcode district.',
      location: { ...options.location },
    },
  };
}

/**
 * The normalised form of a postcode, sector or district (upper case, one space), or `undefined`.
 * Normalising a normalised postcode gives it back unchanged.
 *
 * @example
 * normalisePostcode(' ls6  1aa '); // 'LS6 1AA'
 * normalisePostcode('sw1a'); // 'SW1A'
 */
export function normalisePostcode(input: string): string | undefined {
  const result = parsePostcode(input);
  return result.success ? result.value.postcode : undefined;
}

/**
 * The postcode sector (`LS6 1`) of a full postcode or sector, or `undefined` for a district or malformed input.
 * Sectors are what regional data sharing and the Placements Data Standard use for locations.
 *
 * @example
 * postcodeSector('LS6 1AA'); // 'LS6 1'
 */
export function postcodeSector(input: string): string | undefined {
  const result = parsePostcode(input);
  return result.success ? result.value.sector : undefined;
}

import {
  type CollectionYear,
  type Issue,
  isSupportedCollectionYear,
  isValidUpn,
  type PostcodeLocator,
  sexFromCode,
  watchDateOrder,
} from '@placewise/model';
import type { Ssda903Table } from '../table.js';
import { type CodeTable, codeTable, findCode } from './code-table.js';
import { placeCutOffs, validCodes } from './codes.js';
import type { LineSpans } from './csv-lines.js';
import { sharedIsoIn, sharedIsoOfKey, ssdaDateKey } from './date.js';
import { type FieldSpec, TABLE_FIELDS } from './fields.js';
import { issue } from './issue.js';
import { isNormalisedPostcodeAt, normalisedPostcode } from './postcode.js';
import { type RecordBuilder, recordBuilder } from './record-builder.js';
import { needsUrn } from './urn.js';

/** Options shared by everything that turns rows into records. */
export interface ConvertOptions {
  file?: string;
  collectionYear?: CollectionYear;
  locator?: PostcodeLocator;
}

interface BoundField {
  spec: FieldSpec;
  index: number;
  /** Valid codes, each mapped to itself: rows then hold the one shared string, not the file's copy. */
  codes: ReadonlyMap<string, string> | undefined;
  /** The same codes, to find one by its characters in the line without copying it. */
  table: CodeTable | undefined;
  /**
   * The last value of an `id` field, or `postcode` field read as it stood, reused while rows repeat it
   * (a child's episodes are adjacent).
   */
  last: string;
}

/** A code field's valid codes in both forms, made once per field and year for every file. */
interface BoundCodes {
  codes: ReadonlyMap<string, string>;
  table: CodeTable;
}

const SEX: Readonly<Record<string, 'male' | 'female' | 'unknown'>> = {
  '1': 'male',
  '2': 'female',
  M: 'male',
  F: 'female',
  U: 'unknown',
};
/**
 * A UPN's form (a capital, 11 digits, a digit or capital), whatever its check letter: tried only on a UPN
 * that `isValidUpn` refused, to tell a wrong check letter from a malformed value.
 */
const UPN_FORM = /^[A-Z]\d{11}[0-9A-Z]$/;
const INTEGER = /^-?\d{1,9}$/;

const SEX_CACHE_LIMIT = 16;
const CUT_OFFS = placeCutOffs();

const boundCodes = new Map<FieldSpec, Map<string, BoundCodes>>();

/** A field's valid codes for the year (any year when none is given), or `undefined` for a field of no list. */
function codesOf(spec: FieldSpec, year: CollectionYear | undefined): BoundCodes | undefined {
  if (!spec.list && !spec.codes) return undefined;
  let byYear = boundCodes.get(spec);
  if (byYear === undefined) {
    byYear = new Map();
    boundCodes.set(spec, byYear);
  }
  const key = spec.list ? (year ?? '') : '';
  let bound = byYear.get(key);
  if (bound === undefined) {
    const list = spec.list ? validCodes(spec.list, year) : (spec.codes as readonly string[]);
    const codes = new Map([...list].map((code) => [code, code]));
    bound = { codes, table: codeTable(codes.keys()) };
    byYear.set(key, bound);
  }
  return bound;
}

/**
 * Whether `text.slice(from, to)` is `value`, compared without copying. From the end: ids and postcodes
 * that differ mostly differ there (`C0001`, `C0002`).
 */
function sameText(text: string, from: number, to: number, value: string): boolean {
  if (to - from !== value.length) return false;
  for (let i = value.length - 1; i >= 0; i--)
    if (text.charCodeAt(from + i) !== value.charCodeAt(i)) return false;
  return true;
}

/** Whether a character can be neither trimmed nor outside plain ASCII. */
function isPlain(code: number): boolean {
  return code > 32 && code < 127;
}

/**
 * Turns one table's rows (arrays of field text, in the file's column order) into records, checking
 * each value. The columns are bound once per file so each row costs array reads and `Set.has` calls.
 */
export class RowConverter {
  private readonly fields: BoundField[];
  private readonly cutOffs = CUT_OFFS;
  private readonly yearText: string;
  private readonly build: RecordBuilder;
  /** One row's values in field order, reused row after row (a record is built from them at the end). */
  private readonly values: unknown[];
  private readonly sexes = new Map<string, 'male' | 'female' | 'unknown' | null>();
  /** SEX read from one plain character, by its code: the value, `null` for none, unset until met. */
  private readonly sexOfChar: ('male' | 'female' | 'unknown' | null | undefined)[] = [];
  private readonly upnUnknown = validCodes('UPN_UNKNOWN', undefined);
  /** The year SEX codes are checked for; none when no (supported) year was given. */
  private readonly sexYear: CollectionYear | undefined;
  /** What the file's slash dates say of their day-month order (`date.month-first`). */
  readonly dateOrder = watchDateOrder<{ row: number; column: string }>();

  constructor(
    readonly table: Ssda903Table,
    columnIndex: ReadonlyMap<string, number>,
    private readonly options: ConvertOptions,
  ) {
    this.build = recordBuilder(table);
    const year = options.collectionYear;
    this.sexYear = year !== undefined && isSupportedCollectionYear(year) ? year : undefined;
    this.yearText = this.sexYear ? `in ${this.sexYear}` : 'in any collection year';
    this.fields = TABLE_FIELDS[table].map((spec) => {
      const bound = codesOf(spec, year);
      const index = columnIndex.get(spec.column) ?? -1;
      return { spec, index, codes: bound?.codes, table: bound?.table, last: '' };
    });
    this.values = this.fields.map(() => undefined);
  }

  /** The record for a row, or `undefined` when an error rejects it; every problem goes into `issues`. */
  convert(values: readonly string[], row: number, issues: Issue[]): Record<string, unknown> | undefined {
    const read = this.values;
    let rejected = false;
    const fields = this.fields;
    for (let f = 0; f < fields.length; f++) {
      const field = fields[f] as BoundField;
      const raw = field.index < 0 ? undefined : values[field.index];
      const value = this.read(field, raw === undefined ? '' : trim(raw), row, issues);
      if (value === REJECT) {
        rejected = true;
        read[f] = undefined;
      } else read[f] = value;
    }
    return this.finish(rejected, row, issues);
  }

  /**
   * {@link convert} for a line given by position, with the same result: a value with nothing to trim is
   * read in place when it is a valid code, a date, a SEX code or a repeated id; anything else is copied and
   * goes the general way.
   */
  convertSpans(spans: LineSpans, row: number, issues: Issue[]): Record<string, unknown> | undefined {
    const read = this.values;
    let rejected = false;
    const fields = this.fields;
    const { text, starts, ends } = spans;
    for (let f = 0; f < fields.length; f++) {
      const field = fields[f] as BoundField;
      const index = field.index;
      let value: unknown;
      if (index < 0) value = this.read(field, '', row, issues);
      else {
        const from = starts[index] as number;
        const to = ends[index] as number;
        if (from < to && isPlain(text.charCodeAt(from)) && isPlain(text.charCodeAt(to - 1)))
          value = this.readInPlace(field, text, from, to);
        if (value === undefined) value = this.read(field, trim(text.slice(from, to)), row, issues);
      }
      if (value === REJECT) {
        rejected = true;
        read[f] = undefined;
      } else read[f] = value;
    }
    return this.finish(rejected, row, issues);
  }

  /**
   * The value of a field with nothing to trim read where it stands, or `undefined` when it needs the
   * general way (an invalid value, a code not in upper case, a postcode to normalise, …).
   */
  private readInPlace(field: BoundField, text: string, from: number, to: number): unknown {
    if (field.table !== undefined) return findCode(field.table, text, from, to);
    switch (field.spec.kind) {
      case 'date': {
        const iso = sharedIsoIn(text, from, to);
        if (iso !== undefined) this.dateOrder.read(text, from, to);
        return iso;
      }
      case 'id':
        if (!sameText(text, from, to, field.last)) field.last = text.slice(from, to);
        return field.last;
      case 'postcode':
        // A child's home postcode repeats down its episodes: a repeat of a postcode read as it stood is reused.
        if (field.last === '' || !sameText(text, from, to, field.last)) {
          if (!isNormalisedPostcodeAt(text, from, to)) return undefined;
          field.last = text.slice(from, to);
        }
        return field.last;
      case 'sex': {
        if (to - from !== 1) return undefined;
        const char = text.charCodeAt(from);
        let sex = this.sexOfChar[char];
        if (sex === undefined) {
          sex = this.sexOfCode(String.fromCharCode(char).toUpperCase()) ?? null;
          this.sexOfChar[char] = sex;
        }
        return sex ?? undefined;
      }
      default:
        return undefined;
    }
  }

  /**
   * One field's trimmed text read into its value: `undefined` for none (blank, or a malformed postcode
   * left out), {@link REJECT} when it rejects the row.
   */
  private read(field: BoundField, text: string, row: number, issues: Issue[]): unknown {
    const { spec } = field;
    if (text === '') {
      if (!spec.required) return undefined;
      issues.push(this.at('value.missing', `${spec.column} is required but blank.`, row, spec.column));
      return REJECT;
    }
    // Fast path for the common case, a valid code already in upper case; anything else goes the long way.
    return field.codes?.get(text) || this.value(field, text, row, issues);
  }

  /** The record of the row's values, unless it is rejected (by a value, or by the checks across them). */
  private finish(rejected: boolean, row: number, issues: Issue[]): Record<string, unknown> | undefined {
    if (rejected) return undefined;
    const record = this.build(this.values);
    if (this.table === 'Episodes' && this.checkEpisode(record, row, issues)) return undefined;
    return record;
  }

  private value(field: BoundField, text: string, row: number, issues: Issue[]): unknown {
    const { spec } = field;
    switch (spec.kind) {
      case 'id':
      case 'text':
        return text;
      case 'date': {
        const date = this.date(text);
        if (date !== null) {
          this.dateOrder.read(text);
          return date;
        }
        this.dateOrder.invalid(text, { row, column: spec.column });
        issues.push(
          this.at('date.invalid', `${spec.column} is not a DD/MM/YYYY or ISO date.`, row, spec.column),
        );
        return REJECT;
      }
      case 'code': {
        if (!field.codes) return text.toUpperCase();
        const code = field.codes.get(text) ?? field.codes.get(text.toUpperCase());
        if (code !== undefined) return code;
        issues.push(
          this.at('code.invalid', `${spec.column} is not a valid code ${this.yearText}.`, row, spec.column),
        );
        return REJECT;
      }
      case 'sex': {
        const sex = this.sexOfCode(text.toUpperCase());
        if (sex) return sex;
        const message = this.sexYear
          ? `SEX is not a valid code in ${this.sexYear} (1 or 2 until 2023-24; M, F or U from 2024-25).`
          : 'SEX is not one of 1, 2, M, F or U.';
        issues.push(this.at('sex.invalid', message, row, spec.column));
        return REJECT;
      }
      case 'flag':
        if (text === '0' || text === '1') return text === '1';
        issues.push(this.at('flag.invalid', `${spec.column} must be 0 or 1.`, row, spec.column));
        return REJECT;
      case 'int':
        if (INTEGER.test(text)) return Number(text);
        issues.push(this.at('integer.invalid', `${spec.column} must be a whole number.`, row, spec.column));
        return REJECT;
      case 'upn': {
        const upn = text.toUpperCase();
        const unknown = upn.startsWith('UN');
        // A valid UPN, the usual value, has the form too: the form is checked apart only for the others.
        const valid = !unknown && isValidUpn(upn);
        const known = valid || (unknown ? this.upnUnknown.has(upn) : UPN_FORM.test(upn));
        if (!known) {
          issues.push(
            this.at('upn.malformed', 'UPN is not 13 characters or a UN1–UN5 code.', row, spec.column),
          );
        } else if (!unknown && !valid) {
          issues.push(
            this.at(
              'upn.check-letter',
              'The UPN’s check letter does not match the rest of it.',
              row,
              spec.column,
            ),
          );
        }
        return upn;
      }
      case 'postcode': {
        const postcode = normalisedPostcode(text);
        if (postcode !== null) return postcode;
        issues.push(
          this.at(
            'postcode.malformed',
            `${spec.column} is not a UK postcode; left out of the record.`,
            row,
            spec.column,
          ),
        );
        return undefined;
      }
    }
  }

  /** The sex an upper-case SEX code gives for the year asked for (any year when none), or `undefined`. */
  private sexOfCode(code: string): 'male' | 'female' | 'unknown' | undefined {
    return this.sexYear ? this.sexOf(code, this.sexYear) : SEX[code];
  }

  /** `sexFromCode` for the year, remembered per code (a return uses two or three). */
  private sexOf(code: string, year: CollectionYear): 'male' | 'female' | 'unknown' | undefined {
    let sex = this.sexes.get(code);
    if (sex === undefined) {
      sex = sexFromCode(code, year) ?? null;
      if (this.sexes.size < SEX_CACHE_LIMIT) this.sexes.set(code, sex);
    }
    return sex ?? undefined;
  }

  private date(text: string): string | null {
    const value = ssdaDateKey(text);
    return value < 0 ? null : sharedIsoOfKey(value);
  }

  /** Checks that need several of an episode's values; returns whether they reject it. */
  private checkEpisode(record: Record<string, unknown>, row: number, issues: Issue[]): boolean {
    const start = record.start as string;
    const end = record.end as string | undefined;
    const place = record.placementType as string;
    if (end !== undefined && end < start) {
      issues.push(this.at('episode.ends-before-start', 'DEC is before DECOM.', row, 'DEC'));
      return true;
    }
    const cutOff = this.cutOffs.get(place);
    if (cutOff !== undefined && start > cutOff) {
      issues.push(
        this.at('code.invalid', `PLACE is not valid for placements starting after ${cutOff}.`, row, 'PLACE'),
      );
      return true;
    }
    if (record.urn === undefined && needsUrn(place, end) && !this.outsideEngland(record)) {
      issues.push(this.at('urn.missing', 'URN is blank but this placement type needs one.', row, 'URN'));
    }
    return false;
  }

  private outsideEngland(record: Record<string, unknown>): boolean {
    const postcode = record.placementPostcode as string | undefined;
    if (!this.options.locator || postcode === undefined) return false;
    const located = this.options.locator.locate(postcode);
    return located !== undefined && located.nation !== 'england';
  }

  private at(code: Parameters<typeof issue>[0], message: string, row: number, column: string): Issue {
    const location = this.options.file
      ? { file: this.options.file, table: this.table, row, column }
      : { table: this.table, row, column };
    return issue(code, message, location);
  }
}

const REJECT = Symbol('reject');

/** `String.prototype.trim`, skipped for the usual value with nothing to trim. */
function trim(text: string): string {
  const last = text.length - 1;
  if (last < 0) return text;
  const first = text.charCodeAt(0);
  const end = text.charCodeAt(last);
  return first > 32 && first < 127 && end > 32 && end < 127 ? text : text.trim();
}

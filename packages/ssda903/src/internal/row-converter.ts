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
import { placeCutOffs, validCodes } from './codes.js';
import type { LineSpans } from './csv-lines.js';
import { sharedIsoOfKey, ssdaDateKey, ssdaDateKeyIn } from './date.js';
import { type FieldSpec, TABLE_FIELDS } from './fields.js';
import { issue } from './issue.js';
import { normalisedPostcode } from './postcode.js';
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
  /** The same codes keyed by {@link packCode} of their characters, to find one without copying it. */
  packed: ReadonlyMap<number, string> | undefined;
  /**
   * The last value of an `id` field, or `postcode` field read as it stood, reused while rows repeat it
   * (a child's episodes are adjacent).
   */
  last: string;
}

const SEX: Readonly<Record<string, 'male' | 'female' | 'unknown'>> = {
  '1': 'male',
  '2': 'female',
  M: 'male',
  F: 'female',
  U: 'unknown',
};
const UPN = /^[A-Z]\d{11}[0-9A-Z]$/;
const INTEGER = /^-?\d{1,9}$/;

function canonical(codes: Iterable<string>): ReadonlyMap<string, string> {
  return new Map([...codes].map((code) => [code, code]));
}

const PACK_LIMIT = 7;
const SEX_CACHE_LIMIT = 16;

/**
 * Up to seven characters from 33 to 126 as one number (base 128, exact in a double), or -1: distinct
 * texts give distinct numbers, so a code can be found by its characters without making a string.
 */
function packCode(text: string, from: number, to: number): number {
  if (to - from > PACK_LIMIT) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c >= 127) return -1;
    n = n * 128 + c;
  }
  return n;
}

function packed(codes: ReadonlyMap<string, string> | undefined): ReadonlyMap<number, string> | undefined {
  if (!codes) return undefined;
  const byNumber = new Map<number, string>();
  for (const code of codes.keys()) {
    const n = packCode(code, 0, code.length);
    if (n >= 0) byNumber.set(n, code);
  }
  return byNumber;
}

/** Whether `text.slice(from, to)` is `value`, compared without copying. */
function sameText(text: string, from: number, to: number, value: string): boolean {
  if (to - from !== value.length) return false;
  for (let i = 0; i < value.length; i++) if (text.charCodeAt(from + i) !== value.charCodeAt(i)) return false;
  return true;
}

/**
 * A constructor of plain objects (their prototype is `Object.prototype`, as for `{}`), one per table so
 * the engine sizes its objects for this table's keys instead of growing each one as keys are added. It is
 * shared by every file of the table: one per file gave each file's records their own shapes, and a region
 * of hundreds of files then made every property store see hundreds of shapes (megamorphic, several times
 * slower).
 */
const plainRecordTypes = new Map<Ssda903Table, new () => object>();
function plainRecordType(table: Ssda903Table): new () => object {
  let PlainRecord = plainRecordTypes.get(table);
  if (PlainRecord === undefined) {
    PlainRecord = function (this: object) {} as unknown as new () => object;
    PlainRecord.prototype = Object.prototype;
    plainRecordTypes.set(table, PlainRecord);
  }
  return PlainRecord;
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
  private readonly cutOffs = placeCutOffs();
  private readonly yearText: string;
  private readonly PlainRecord: new () => object;
  private readonly sexes = new Map<string, 'male' | 'female' | 'unknown' | null>();
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
    this.PlainRecord = plainRecordType(table);
    const year = options.collectionYear;
    this.sexYear = year !== undefined && isSupportedCollectionYear(year) ? year : undefined;
    this.yearText = this.sexYear ? `in ${this.sexYear}` : 'in any collection year';
    this.fields = TABLE_FIELDS[table].map((spec) => {
      const codes = spec.list
        ? canonical(validCodes(spec.list, options.collectionYear))
        : spec.codes
          ? canonical(spec.codes)
          : undefined;
      return { spec, index: columnIndex.get(spec.column) ?? -1, codes, packed: packed(codes), last: '' };
    });
  }

  /** The record for a row, or `undefined` when an error rejects it; every problem goes into `issues`. */
  convert(values: readonly string[], row: number, issues: Issue[]): Record<string, unknown> | undefined {
    const record: Record<string, unknown> = {};
    let rejected = false;
    const fields = this.fields;
    for (let f = 0; f < fields.length; f++) {
      const field = fields[f] as BoundField;
      const raw = field.index < 0 ? undefined : values[field.index];
      if (this.take(record, field, raw === undefined ? '' : trim(raw), row, issues)) rejected = true;
    }
    return this.finish(record, rejected, row, issues);
  }

  /**
   * {@link convert} for a line given by position, with the same result: a value with nothing to trim is
   * read in place when it is a valid code, a date or a repeated id; anything else is copied and goes the
   * general way.
   */
  convertSpans(spans: LineSpans, row: number, issues: Issue[]): Record<string, unknown> | undefined {
    const record = new this.PlainRecord() as Record<string, unknown>;
    let rejected = false;
    const fields = this.fields;
    const { text, starts, ends } = spans;
    for (let f = 0; f < fields.length; f++) {
      const field = fields[f] as BoundField;
      const index = field.index;
      if (index < 0) {
        if (this.take(record, field, '', row, issues)) rejected = true;
        continue;
      }
      const from = starts[index] as number;
      const to = ends[index] as number;
      if (from < to && isPlain(text.charCodeAt(from)) && isPlain(text.charCodeAt(to - 1))) {
        const kind = field.spec.kind;
        if (field.packed !== undefined) {
          const code = field.packed.get(packCode(text, from, to));
          if (code !== undefined) {
            record[field.spec.key] = code;
            continue;
          }
        } else if (kind === 'date') {
          const key = ssdaDateKeyIn(text, from, to);
          if (key >= 0) {
            record[field.spec.key] = sharedIsoOfKey(key);
            this.dateOrder.read(text, from, to);
            continue;
          }
        } else if (kind === 'id') {
          if (!sameText(text, from, to, field.last)) field.last = text.slice(from, to);
          record[field.spec.key] = field.last;
          continue;
        } else if (kind === 'postcode') {
          // A child's home postcode repeats down its episodes: a repeat of a postcode read as it stood is reused.
          if (field.last === '' || !sameText(text, from, to, field.last)) {
            const raw = text.slice(from, to);
            if (normalisedPostcode(raw) !== raw) {
              if (this.take(record, field, raw, row, issues)) rejected = true;
              continue;
            }
            field.last = raw;
          }
          record[field.spec.key] = field.last;
          continue;
        }
      }
      if (this.take(record, field, trim(text.slice(from, to)), row, issues)) rejected = true;
    }
    return this.finish(record, rejected, row, issues);
  }

  /** Reads one field's trimmed text into the record; returns whether it rejects the row. */
  private take(
    record: Record<string, unknown>,
    field: BoundField,
    text: string,
    row: number,
    issues: Issue[],
  ): boolean {
    const { spec } = field;
    if (text === '') {
      if (!spec.required) return false;
      issues.push(this.at('value.missing', `${spec.column} is required but blank.`, row, spec.column));
      return true;
    }
    // Fast path for the common case, a valid code already in upper case; anything else goes the long way.
    const value = field.codes?.get(text) || this.value(field, text, row, issues);
    if (value === REJECT) return true;
    if (value !== undefined) record[spec.key] = value;
    return false;
  }

  private finish(
    record: Record<string, unknown>,
    rejected: boolean,
    row: number,
    issues: Issue[],
  ): Record<string, unknown> | undefined {
    if (this.table === 'Episodes' && !rejected) rejected = this.checkEpisode(record, row, issues);
    // The Header table says nothing of UASC status; `readReturn` sets it from the UASC table.
    if (this.table === 'Header') record.uasc = false;
    return rejected ? undefined : record;
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
        const code = text.toUpperCase();
        const sex = this.sexYear ? this.sexOf(code, this.sexYear) : SEX[code];
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
        const known = upn.startsWith('UN') ? this.upnUnknown.has(upn) : UPN.test(upn);
        if (!known) {
          issues.push(
            this.at('upn.malformed', 'UPN is not 13 characters or a UN1–UN5 code.', row, spec.column),
          );
        } else if (!upn.startsWith('UN') && !isValidUpn(upn)) {
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

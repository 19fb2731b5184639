import {
  type CollectionYear,
  type Issue,
  isSupportedCollectionYear,
  isValidUpn,
  type PostcodeLocator,
  sexFromCode,
} from '@placewise/model';
import type { Ssda903Table } from '../table.js';
import { placeCutOffs, validCodes } from './codes.js';
import { isoOfKey, ssdaDateKey } from './date.js';
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
const CACHE_LIMIT = 50_000;

function canonical(codes: Iterable<string>): ReadonlyMap<string, string> {
  return new Map([...codes].map((code) => [code, code]));
}

/**
 * Turns one table's rows (arrays of field text, in the file's column order) into records, checking
 * each value. The columns are bound once per file so each row costs array reads and `Set.has` calls.
 */
export class RowConverter {
  private readonly fields: BoundField[];
  // One shared ISO string per distinct date, so a million rows do not each hold their own.
  private readonly dates = new Map<number, string>();
  private readonly cutOffs = placeCutOffs();
  private readonly yearText: string;
  /** The year SEX codes are checked for; none when no (supported) year was given. */
  private readonly sexYear: CollectionYear | undefined;

  constructor(
    readonly table: Ssda903Table,
    columnIndex: ReadonlyMap<string, number>,
    private readonly options: ConvertOptions,
  ) {
    const year = options.collectionYear;
    this.sexYear = year !== undefined && isSupportedCollectionYear(year) ? year : undefined;
    this.yearText = this.sexYear ? `in ${this.sexYear}` : 'in any collection year';
    this.fields = TABLE_FIELDS[table].map((spec) => ({
      spec,
      index: columnIndex.get(spec.column) ?? -1,
      codes: spec.list
        ? canonical(validCodes(spec.list, options.collectionYear))
        : spec.codes
          ? canonical(spec.codes)
          : undefined,
    }));
  }

  /** The record for a row, or `undefined` when an error rejects it; every problem goes into `issues`. */
  convert(values: readonly string[], row: number, issues: Issue[]): Record<string, unknown> | undefined {
    const record: Record<string, unknown> = {};
    let rejected = false;
    const fields = this.fields;
    for (let f = 0; f < fields.length; f++) {
      const field = fields[f] as BoundField;
      const raw = field.index < 0 ? undefined : values[field.index];
      const text = raw === undefined ? '' : trim(raw);
      const { spec } = field;
      if (text === '') {
        if (spec.required) {
          issues.push(this.at('value.missing', `${spec.column} is required but blank.`, row, spec.column));
          rejected = true;
        }
        continue;
      }
      // Fast path for the common case, a valid code already in upper case; anything else goes the long way.
      const value = field.codes?.get(text) || this.value(field, text, row, issues);
      if (value === REJECT) rejected = true;
      else if (value !== undefined) record[spec.key] = value;
    }
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
        if (date !== null) return date;
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
        const sex = this.sexYear ? sexFromCode(code, this.sexYear) : SEX[code];
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
        const known = upn.startsWith('UN') ? validCodes('UPN_UNKNOWN', undefined).has(upn) : UPN.test(upn);
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

  private date(text: string): string | null {
    const value = ssdaDateKey(text);
    if (value < 0) return null;
    let iso = this.dates.get(value);
    if (iso === undefined) {
      iso = isoOfKey(value);
      if (this.dates.size >= CACHE_LIMIT) this.dates.clear();
      this.dates.set(value, iso);
    }
    return iso;
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

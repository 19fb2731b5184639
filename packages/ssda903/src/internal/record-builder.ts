import type { Ssda903Table } from '../table.js';
import { TABLE_FIELDS } from './fields.js';

/**
 * Makes one row's record from its fields' values, given in `TABLE_FIELDS` order: a value left `undefined`
 * is left out of the record, so the keys are those of the values read, in that order.
 */
export type RecordBuilder = (values: readonly unknown[]) => Record<string, unknown>;

type Plain = new () => Record<string, unknown>;

/**
 * A constructor of plain objects (their prototype is `Object.prototype`, as for `{}`), one per table so
 * the engine sizes its objects for this table's keys instead of growing each one as keys are added. It is
 * shared by every file of the table: one per file gave each file's records their own shapes, and a region
 * of hundreds of files then made every property store see hundreds of shapes (megamorphic, several times
 * slower).
 */
function plainRecordType(): Plain {
  const PlainRecord = function (this: object) {} as unknown as Plain;
  PlainRecord.prototype = Object.prototype;
  return PlainRecord;
}

const HeaderRecord = plainRecordType();
const UascRecord = plainRecordType();

/**
 * The Episodes table's records, made by a constructor that sets their keys itself. The engine sizes a
 * constructor's objects by the `this.` stores written in its body (plus some slack, trimmed after the first
 * few): an empty one gets room for ten keys, so an episode's eleventh to thirteenth went to a key store of
 * their own, an object more per episode, and 16 bytes more, of the return's largest table.
 */
const EpisodeRecord = function (this: Record<string, unknown>, v: readonly unknown[]) {
  if (v[0] !== undefined) this.childId = v[0];
  if (v[1] !== undefined) this.start = v[1];
  if (v[2] !== undefined) this.reasonNewEpisode = v[2];
  if (v[3] !== undefined) this.legalStatus = v[3];
  if (v[4] !== undefined) this.categoryOfNeed = v[4];
  if (v[5] !== undefined) this.placementType = v[5];
  if (v[6] !== undefined) this.placementProvider = v[6];
  if (v[7] !== undefined) this.end = v[7];
  if (v[8] !== undefined) this.reasonEpisodeCeased = v[8];
  if (v[9] !== undefined) this.reasonPlaceChange = v[9];
  if (v[10] !== undefined) this.homePostcode = v[10];
  if (v[11] !== undefined) this.placementPostcode = v[11];
  if (v[12] !== undefined) this.urn = v[12];
} as unknown as new (
  v: readonly unknown[],
) => Record<string, unknown>;
EpisodeRecord.prototype = Object.prototype;

// The tables a return has thousands of rows of are built by name: a store by a key held in a variable is
// several times slower than one written out. The keys and their order are TABLE_FIELDS' (a test holds them
// together); the Header table's `uasc` is set from the UASC table later, so it starts false.
const BUILDERS: Partial<Record<Ssda903Table, RecordBuilder>> = {
  Header(v) {
    const r = new HeaderRecord();
    if (v[0] !== undefined) r.id = v[0];
    if (v[1] !== undefined) r.sex = v[1];
    if (v[2] !== undefined) r.dateOfBirth = v[2];
    if (v[3] !== undefined) r.ethnicity = v[3];
    if (v[4] !== undefined) r.upn = v[4];
    if (v[5] !== undefined) r.mother = v[5];
    if (v[6] !== undefined) r.motherChildDateOfBirth = v[6];
    r.uasc = false;
    return r;
  },
  Episodes: (v) => new EpisodeRecord(v),
  UASC(v) {
    const r = new UascRecord();
    if (v[0] !== undefined) r.childId = v[0];
    if (v[1] !== undefined) r.sex = v[1];
    if (v[2] !== undefined) r.dateOfBirth = v[2];
    if (v[3] !== undefined) r.uascCeased = v[3];
    return r;
  },
};

const generic = new Map<Ssda903Table, RecordBuilder>();

/** The record builder of a table: written out for the large tables, by key for the others. */
export function recordBuilder(table: Ssda903Table): RecordBuilder {
  const named = BUILDERS[table];
  if (named) return named;
  let build = generic.get(table);
  if (build === undefined) {
    const keys = TABLE_FIELDS[table].map((spec) => spec.key);
    const PlainRecord = plainRecordType();
    build = (values) => {
      const record = new PlainRecord();
      for (let i = 0; i < keys.length; i++) {
        const value = values[i];
        if (value !== undefined) record[keys[i] as string] = value;
      }
      return record;
    };
    generic.set(table, build);
  }
  return build;
}

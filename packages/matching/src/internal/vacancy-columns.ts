import type { Vacancy } from '@placewise/model';

/** Bit flags stored per vacancy. */
export const F = {
  dol: 1,
  solo: 2,
  forProfit: 4,
  fosterExempt: 8,
  saRegistered: 16,
  hasPetsKnown: 32,
  hasPets: 64,
  petsAllowed: 128,
  adaptedKnown: 256,
  adapted: 512,
  inEngland: 1024,
  localAuthority: 2048,
  registered: 4096,
} as const;

/**
 * A vacancy list as columns of typed arrays, sorted by vacancy id: what the hot loop reads.
 * Unknown numbers are NaN (points, cost) or -1 (codes).
 */
export interface VacancyColumns {
  readonly size: number;
  readonly vacancies: readonly Vacancy[];
  readonly ids: readonly string[];
  readonly minAge: Int8Array;
  readonly maxAge: Int8Array;
  readonly sexMask: Uint8Array;
  readonly places: Int32Array;
  readonly kind: Uint8Array;
  readonly flags: Uint32Array;
  readonly riskMask: Uint32Array;
  readonly commMask: Uint8Array;
  /** Bit per `AdditionalSupport` option the setting provides. */
  readonly supportMask: Uint8Array;
  readonly staffMask: Uint8Array;
  readonly fromDay: Int32Array;
  readonly untilDay: Int32Array;
  readonly ofsted: Int8Array;
  readonly ofstedDay: Int32Array;
  readonly fostered: Int16Array;
  /** Fostered children counted against the usual fostering limit: 0 where the limit does not apply. */
  readonly fosterLoad: Int16Array;
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly authority: Int32Array;
  /** Class code per vacancy (setting type and the flags the type-level rules read; see `classOf`). */
  readonly cls: Uint16Array;
  /** The distinct class codes present, ascending. */
  readonly classes: Uint16Array;
  /** GSS code → the integer stored in `authority`. */
  readonly authorityIds: ReadonlyMap<string, number>;
  readonly languages: readonly (readonly string[])[];
  readonly faiths: readonly (readonly string[])[];
  readonly needs: readonly (readonly string[])[];
  /** Upper-cased ETHNIC codes the setting records. */
  readonly ethnicities: readonly (readonly string[])[];
}

import type { MatchPolicy, Referral, Vacancy } from '@placewise/model';
import type { CompiledReferral } from './compiled-referral.js';
import { milesBetween } from './miles.js';
import { FOSTERING, S22C_LADDER, SUITABILITY_GROUP } from './setting-kind.js';
import { F, type VacancyColumns } from './vacancy-columns.js';

/** Criterion indices, in the order of `Criterion.options`. */
export const C = {
  home: 0,
  school: 1,
  important: 2,
  preferred: 3,
  authority: 4,
  siblings: 5,
  type: 6,
  ofsted: 7,
  cost: 8,
  communication: 9,
  faith: 10,
  pets: 11,
  adaptations: 12,
  staffing: 13,
  support: 14,
  ethnicity: 15,
  wishes: 16,
} as const;
/** How many criteria there are. */
export const CRITERIA = 17;

/** What each Ofsted judgement scores when fresh, best first. */
export const OFSTED_VALUE: readonly number[] = [1, 0.8, 0.4, 0];
/** What a fresh "requires improvement" scores: the most an unknown judgement may score. */
export const REQUIRES_IMPROVEMENT_VALUE = 0.4;

/** The cost benchmark options the scorer reads (see `MatchReferralOptions`). */
export interface ScorerOptions {
  costBenchmark?: ((vacancy: Vacancy, referral: Referral) => number | undefined) | undefined;
  costBenchmarkKind?: 'percentile' | 'ratio' | undefined;
}
const SUITABILITY_VALUE: Record<string, number> = { preferred: 1, suitable: 0.6, unsuitable: 0 };

/** Per-call scoring state: the policy resolved to numbers, the cost function and reusable scratch arrays. */
export interface Scorer {
  readonly weights: Float64Array;
  readonly half: Float64Array;
  readonly unknown: number;
  readonly schoolMultiplier: number;
  readonly familyMultiplier: number;
  readonly cost: ((i: number) => number | undefined) | undefined;
  readonly costKind: 'percentile' | 'ratio';
  /** Scratch, filled by {@link evaluateCriteria}: normalised value (NaN = not applicable), raw value, weight. */
  readonly value: Float64Array;
  readonly raw: Float64Array;
  readonly weight: Float64Array;
}

/** Builds a {@link Scorer} for one referral from a parsed policy, with the caller's cost benchmark if any. */
export function createScorer(
  policy: MatchPolicy,
  c: VacancyColumns,
  referral: Referral,
  options: ScorerOptions,
): Scorer {
  const benchmark = options.costBenchmark;
  const w = policy.weights;
  const h = policy.halfScoreMiles;
  return {
    weights: Float64Array.of(
      w.distanceHome,
      w.distanceSchool,
      w.importantLocations,
      w.preferredLocation,
      w.ownAuthority,
      w.siblingsTogether,
      w.placementType,
      w.ofsted,
      w.cost,
      w.communication,
      w.faith,
      w.pets,
      w.adaptations,
      w.staffing,
      w.additionalSupport,
      w.ethnicity,
      w.wishes,
    ),
    half: Float64Array.of(h.home, h.school, h.importantLocations, h.preferredLocation),
    unknown: policy.unknownScore,
    schoolMultiplier: policy.schoolMustContinueMultiplier,
    familyMultiplier: policy.closeToFamilyMultiplier,
    cost: benchmark && ((i) => benchmark(c.vacancies[i] as Vacancy, referral)),
    costKind: options.costBenchmarkKind ?? 'percentile',
    value: new Float64Array(CRITERIA),
    raw: new Float64Array(CRITERIA),
    weight: new Float64Array(CRITERIA),
  };
}

/**
 * Scores vacancy `i` for the referral: fills the scorer's scratch arrays with each criterion's value,
 * raw value and weight, and returns the weighted mean over the criteria that apply, rounded to 6 dp
 * (so equal scores are exactly equal and ties break by id). Returns 1 when no criterion applies.
 */
export function evaluateCriteria(r: CompiledReferral, c: VacancyColumns, i: number, s: Scorer): number {
  const x = c.x[i] as number;
  const y = c.y[i] as number;
  const ref = r.referral;
  const kind = c.kind[i] as number;
  const flags = c.flags[i] as number;
  const u = s.unknown;
  distance(s, C.home, r.home, x, y, ref.closeToFamily ? s.familyMultiplier : 1);
  distance(s, C.school, r.school, x, y, ref.school?.mustContinue ? s.schoolMultiplier : 1);
  importantLocations(s, r.important, x, y);
  distance(s, C.preferred, r.preferred, x, y, 1);
  const authority = c.authority[i] as number;
  set(
    s,
    C.authority,
    authority < 0 ? u : authority === r.authority ? 1 : 0,
    authority < 0 ? Number.NaN : authority === r.authority ? 1 : 0,
  );
  const places = c.places[i] as number;
  if (r.group > 1) set(s, C.siblings, Math.min(1, places / r.group), Math.min(places, r.group));
  else skip(s, C.siblings);
  set(s, C.type, placementTypeValue(ref, kind), kind);
  ofsted(s, c, i, r.needDay, FOSTERING[kind] as boolean);
  cost(s, i);
  communication(s, r, c, i);
  if (r.faith === undefined) skip(s, C.faith);
  else {
    const faiths = c.faiths[i] as readonly string[];
    set(
      s,
      C.faith,
      faiths.length === 0 ? u : faiths.includes(r.faith) ? 1 : 0,
      faiths.length === 0 ? Number.NaN : faiths.includes(r.faith) ? 1 : 0,
    );
  }
  pets(s, ref.pets, flags);
  if (!ref.homeAdaptation) skip(s, C.adaptations);
  else
    set(
      s,
      C.adaptations,
      flags & F.adaptedKnown ? (flags & F.adapted ? 1 : 0) : u,
      flags & F.adaptedKnown ? (flags & F.adapted ? 1 : 0) : Number.NaN,
    );
  staffing(s, r.staffing, c.staffMask[i] as number);
  support(s, r.supportMask, c.supportMask[i] as number);
  ethnicity(s, r.ethnicity, c.ethnicities[i] as readonly string[]);
  if (r.wishedGroup < 0) skip(s, C.wishes);
  else {
    const met = SUITABILITY_GROUP[kind] === r.wishedGroup ? 1 : 0;
    set(s, C.wishes, met, met);
  }
  let sum = 0;
  let total = 0;
  for (let k = 0; k < CRITERIA; k++) {
    const w = s.weight[k] as number;
    if (w > 0) {
      sum += w * (s.value[k] as number);
      total += w;
    }
  }
  return total === 0 ? 1 : Math.round((sum / total) * 1e6) / 1e6;
}

function set(s: Scorer, k: number, value: number, raw: number, multiplier = 1): void {
  s.value[k] = value;
  s.raw[k] = raw;
  s.weight[k] = (s.weights[k] as number) * multiplier;
}

function skip(s: Scorer, k: number): void {
  s.value[k] = Number.NaN;
  s.raw[k] = Number.NaN;
  s.weight[k] = 0;
}

function distance(
  s: Scorer,
  k: number,
  p: readonly [number, number],
  x: number,
  y: number,
  multiplier: number,
): void {
  if (Number.isNaN(p[0])) {
    skip(s, k);
    return;
  }
  const miles = milesBetween(p[0], p[1], x, y);
  if (Number.isNaN(miles)) {
    set(s, k, s.unknown, Number.NaN, multiplier);
    return;
  }
  const h = s.half[k] as number;
  set(s, k, h / (h + miles), miles, multiplier);
}

function importantLocations(s: Scorer, points: Float64Array, x: number, y: number): void {
  if (points.length === 0) {
    skip(s, C.important);
    return;
  }
  if (Number.isNaN(x)) {
    set(s, C.important, s.unknown, Number.NaN);
    return;
  }
  const h = s.half[C.important] as number;
  let sum = 0;
  let miles = 0;
  let total = 0;
  for (let j = 0; j < points.length; j += 3) {
    const d = milesBetween(points[j] as number, points[j + 1] as number, x, y);
    const w = points[j + 2] as number;
    sum += (w * h) / (h + d);
    miles += w * d;
    total += w;
  }
  set(s, C.important, sum / total, Math.round((miles / total) * 10) / 10);
}

/** The placement-type criterion's value for a setting type: the referral's recommendation with the s22C ladder. */
export function placementTypeValue(ref: Referral, kind: number): number {
  const suit = SUITABILITY_VALUE[suitabilityOf(ref, SUITABILITY_GROUP[kind] as number)];
  const ladder = S22C_LADDER[kind] as number;
  return suit === undefined ? ladder : 0.8 * suit + 0.2 * ladder;
}

function suitabilityOf(ref: CompiledReferral['referral'], group: number): string {
  const suitability = ref.suitability;
  if (!suitability) return 'not-specified';
  return group === 0
    ? suitability.foster
    : group === 2
      ? suitability.supportedAccommodation
      : suitability.residential;
}

function ofsted(s: Scorer, c: VacancyColumns, i: number, today: number, fostering: boolean): void {
  const judgement = c.ofsted[i] as number;
  // Foster households are not inspected one by one (their agency is): no judgement is not a gap.
  // An unknown judgement never scores above a known "requires improvement" (aged ones fade upwards to at least this).
  if (judgement < 0) {
    if (fostering) skip(s, C.ofsted);
    else set(s, C.ofsted, Math.min(s.unknown, REQUIRES_IMPROVEMENT_VALUE), Number.NaN);
    return;
  }
  set(s, C.ofsted, ofstedValue(judgement, today - (c.ofstedDay[i] as number), s.unknown), judgement);
}

/** The Ofsted criterion's value for a known judgement (index into `OFSTED_VALUE`) inspected `ageDays` ago. */
export function ofstedValue(judgement: number, ageDays: number, unknownScore: number): number {
  // Full weight for a year, fading to half-way towards "unknown" at three years.
  const fresh = Math.min(1, Math.max(0.5, 1 - (ageDays - 365) / 1460));
  const unknown = Math.min(unknownScore, REQUIRES_IMPROVEMENT_VALUE);
  return (OFSTED_VALUE[judgement] as number) * fresh + unknown * (1 - fresh);
}

function cost(s: Scorer, i: number): void {
  const value = s.cost?.(i);
  if (value === undefined || !Number.isFinite(value)) {
    if (s.cost) set(s, C.cost, s.unknown, Number.NaN);
    else skip(s, C.cost);
    return;
  }
  set(s, C.cost, costValue(value, s.costKind, s.unknown), value);
}

/** The cost criterion's value for a benchmark figure (a percentile, or cost ÷ benchmark); unknown when not finite. */
export function costValue(
  value: number | undefined,
  kind: 'percentile' | 'ratio',
  unknownScore: number,
): number {
  if (value === undefined || !Number.isFinite(value)) return unknownScore;
  const v = kind === 'percentile' ? 1 - value : 1.5 - value;
  return Math.min(1, Math.max(0, v));
}

/**
 * The communication criterion's value: the share of the referral's communication needs the setting meets, and
 * whether it speaks the child's language (unknown when it records none), averaged; NaN when nothing is asked.
 */
export function communicationValue(
  r: CompiledReferral,
  c: VacancyColumns,
  i: number,
  unknownScore: number,
): number {
  let parts = 0;
  let sum = 0;
  if (r.commMask !== 0) {
    parts++;
    sum += bits(r.commMask & (c.commMask[i] as number)) / bits(r.commMask);
  }
  if (r.language !== undefined) {
    const languages = c.languages[i] as readonly string[];
    parts++;
    sum += languages.length === 0 ? unknownScore : languages.includes(r.language) ? 1 : 0;
  }
  return sum / parts;
}

function communication(s: Scorer, r: CompiledReferral, c: VacancyColumns, i: number): void {
  const value = communicationValue(r, c, i, s.unknown);
  if (Number.isNaN(value)) skip(s, C.communication);
  else set(s, C.communication, value, value);
}

/** How many bits of `m` are set. */
export function bits(m: number): number {
  let n = 0;
  for (let v = m; v; v &= v - 1) n++;
  return n;
}

function pets(s: Scorer, pets: string | undefined, flags: number): void {
  const known = (flags & F.hasPetsKnown) !== 0;
  const has = (flags & F.hasPets) !== 0;
  if (pets === 'must') {
    const yes = has || (flags & F.petsAllowed) !== 0;
    set(s, C.pets, yes ? 1 : known ? 0 : s.unknown, yes ? 1 : known ? 0 : Number.NaN);
  } else if (pets === 'no')
    set(s, C.pets, known ? (has ? 0 : 1) : s.unknown, known ? (has ? 1 : 0) : Number.NaN);
  else skip(s, C.pets);
}

function staffing(s: Scorer, required: number, offered: number): void {
  if (required <= 0) {
    skip(s, C.staffing);
    return;
  }
  if (offered === 0) {
    set(s, C.staffing, s.unknown, Number.NaN);
    return;
  }
  const meets = offered >> required !== 0;
  set(s, C.staffing, meets ? 1 : 0, meets ? 1 : 0);
}

function support(s: Scorer, wanted: number, offered: number): void {
  if (wanted === 0) {
    skip(s, C.support);
    return;
  }
  if (offered === 0) {
    set(s, C.support, s.unknown, Number.NaN);
    return;
  }
  const share = bits(wanted & offered) / bits(wanted);
  set(s, C.support, share, share);
}

/** Same ETHNIC code 1, same broad group (its first letter: White, Mixed, Asian, Black, Other) 0.5, else 0. */
function ethnicity(s: Scorer, wanted: string | undefined, offered: readonly string[]): void {
  if (wanted === undefined) {
    skip(s, C.ethnicity);
    return;
  }
  if (offered.length === 0) {
    set(s, C.ethnicity, s.unknown, Number.NaN);
    return;
  }
  const value = ethnicityValue(wanted, offered);
  set(s, C.ethnicity, value, value);
}

/** Same ETHNIC code 1, same broad group 0.5, else 0 (`offered` not empty). */
export function ethnicityValue(wanted: string, offered: readonly string[]): number {
  return offered.includes(wanted) ? 1 : offered.some((e) => e[0] === wanted[0]) ? 0.5 : 0;
}

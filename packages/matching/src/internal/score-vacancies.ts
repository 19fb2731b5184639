import { SettingType } from '@placewise/model';
import type { CompiledReferral } from './compiled-referral.js';
import {
  bits,
  C,
  CRITERIA,
  communicationValue,
  costValue,
  ethnicityValue,
  ofstedValue,
  placementTypeValue,
  REQUIRES_IMPROVEMENT_VALUE,
  type Scorer,
} from './evaluate-criteria.js';
import { tenthsOfMileBetween } from './miles.js';
import { FOSTERING, SUITABILITY_GROUP } from './setting-kind.js';
import { F, type VacancyColumns } from './vacancy-columns.js';

/**
 * Scores the vacancies `indices[0..count)` into `scores[index]`: the same numbers as `evaluateCriteria`, bit
 * for bit, without its scratch arrays. What depends only on the referral (which criteria apply, their
 * weights, the total weight, each setting type's placement-type value) is worked out once, and each
 * vacancy adds its terms in criterion order, so the floating-point sums are the very same.
 */
export function scoreVacancies(
  r: CompiledReferral,
  c: VacancyColumns,
  s: Scorer,
  indices: Int32Array,
  count: number,
  scores: Float64Array,
): void {
  const ref = r.referral;
  const w = weightsFor(r, s);
  let all = 0;
  let withoutOfsted = 0;
  for (let k = 0; k < CRITERIA; k++) {
    const weight = w[k] as number;
    if (weight > 0) {
      all += weight;
      if (k !== C.ofsted) withoutOfsted += weight;
    }
  }
  const u = s.unknown;
  const wHome = w[C.home] as number;
  const wSchool = w[C.school] as number;
  const wImportant = w[C.important] as number;
  const wPreferred = w[C.preferred] as number;
  const wAuthority = w[C.authority] as number;
  const wSiblings = w[C.siblings] as number;
  const wType = w[C.type] as number;
  const wOfsted = w[C.ofsted] as number;
  const wCost = w[C.cost] as number;
  const wComm = w[C.communication] as number;
  const wFaith = w[C.faith] as number;
  const wPets = w[C.pets] as number;
  const wAdapt = w[C.adaptations] as number;
  const wStaff = w[C.staffing] as number;
  const wSupport = w[C.support] as number;
  const wEthnicity = w[C.ethnicity] as number;
  const wWishes = w[C.wishes] as number;
  const types = SettingType.options.length;
  const typeValue = Float64Array.from({ length: types }, (_, kind) => placementTypeValue(ref, kind));
  const ofstedUnknown = Math.min(u, REQUIRES_IMPROVEMENT_VALUE);
  const pets = ref.pets;
  const costKind = s.costKind;
  const [homeX, homeY] = r.home;
  const [schoolX, schoolY] = r.school;
  const [preferredX, preferredY] = r.preferred;
  const homeHalf = s.half[C.home] as number;
  const schoolHalf = s.half[C.school] as number;
  const importantHalf = s.half[C.important] as number;
  const preferredHalf = s.half[C.preferred] as number;
  const homeTable = halfScores(homeHalf);
  const schoolTable = halfScores(schoolHalf);
  const preferredTable = halfScores(preferredHalf);
  const { x: xs, y: ys, kind: kinds, flags: allFlags, ofsted: judgements, ofstedDay, authority: areas } = c;
  const { authority: own, group, needDay, wishedGroup } = r;
  const cost = s.cost;
  for (let k = 0; k < count; k++) {
    const i = indices[k] as number;
    const x = xs[i] as number;
    const y = ys[i] as number;
    const kind = kinds[i] as number;
    const flags = allFlags[i] as number;
    let sum = 0;
    if (wHome > 0) sum += wHome * near(homeX, homeY, homeTable, homeHalf, x, y, u);
    if (wSchool > 0) sum += wSchool * near(schoolX, schoolY, schoolTable, schoolHalf, x, y, u);
    if (wImportant > 0) sum += wImportant * important(r.important, importantHalf, x, y, u);
    if (wPreferred > 0)
      sum += wPreferred * near(preferredX, preferredY, preferredTable, preferredHalf, x, y, u);
    if (wAuthority > 0) {
      const authority = areas[i] as number;
      sum += wAuthority * (authority < 0 ? u : authority === own ? 1 : 0);
    }
    if (wSiblings > 0) sum += wSiblings * Math.min(1, (c.places[i] as number) / group);
    if (wType > 0) sum += wType * (typeValue[kind] as number);
    let total = all;
    const judgement = judgements[i] as number;
    if (judgement < 0) {
      // Foster households are inspected through their agency: no judgement leaves the criterion out.
      if (FOSTERING[kind]) total = withoutOfsted;
      else if (wOfsted > 0) sum += wOfsted * ofstedUnknown;
    } else if (wOfsted > 0) sum += wOfsted * ofstedValue(judgement, needDay - (ofstedDay[i] as number), u);
    if (cost) {
      const value = cost(i);
      if (wCost > 0) sum += wCost * costValue(value, costKind, u);
    }
    if (wComm > 0) sum += wComm * communicationValue(r, c, i, u);
    if (wFaith > 0) {
      const faiths = c.faiths[i] as readonly string[];
      sum += wFaith * (faiths.length === 0 ? u : faiths.includes(r.faith as string) ? 1 : 0);
    }
    if (wPets > 0) sum += wPets * petsValue(pets, flags, u);
    if (wAdapt > 0) sum += wAdapt * (flags & F.adaptedKnown ? (flags & F.adapted ? 1 : 0) : u);
    if (wStaff > 0) {
      const offered = c.staffMask[i] as number;
      sum += wStaff * (offered === 0 ? u : offered >> r.staffing !== 0 ? 1 : 0);
    }
    if (wSupport > 0) {
      const offered = c.supportMask[i] as number;
      sum += wSupport * (offered === 0 ? u : bits(r.supportMask & offered) / bits(r.supportMask));
    }
    if (wEthnicity > 0) {
      const offered = c.ethnicities[i] as readonly string[];
      sum += wEthnicity * (offered.length === 0 ? u : ethnicityValue(r.ethnicity as string, offered));
    }
    if (wWishes > 0) sum += wWishes * (SUITABILITY_GROUP[kind] === wishedGroup ? 1 : 0);
    scores[i] = total === 0 ? 1 : Math.round((sum / total) * 1e6) / 1e6;
  }
}

/**
 * Each criterion's weight for this referral, with its multiplier, or 0 where the referral does not ask
 * about it (the same weights `evaluateCriteria` gives every vacancy; Ofsted's is left out per vacancy).
 */
function weightsFor(r: CompiledReferral, s: Scorer): Float64Array {
  const ref = r.referral;
  const w = s.weights;
  const weight = (k: number, applies: boolean, multiplier = 1) =>
    applies ? (w[k] as number) * multiplier : 0;
  return Float64Array.of(
    weight(C.home, !Number.isNaN(r.home[0]), ref.closeToFamily ? s.familyMultiplier : 1),
    weight(C.school, !Number.isNaN(r.school[0]), ref.school?.mustContinue ? s.schoolMultiplier : 1),
    weight(C.important, r.important.length > 0),
    weight(C.preferred, !Number.isNaN(r.preferred[0])),
    weight(C.authority, true),
    weight(C.siblings, r.group > 1),
    weight(C.type, true),
    weight(C.ofsted, true),
    weight(C.cost, s.cost !== undefined),
    weight(C.communication, r.commMask !== 0 || r.language !== undefined),
    weight(C.faith, r.faith !== undefined),
    weight(C.pets, ref.pets === 'must' || ref.pets === 'no'),
    weight(C.adaptations, Boolean(ref.homeAdaptation)),
    weight(C.staffing, r.staffing > 0),
    weight(C.support, r.supportMask !== 0),
    weight(C.ethnicity, r.ethnicity !== undefined),
    weight(C.wishes, r.wishedGroup >= 0),
  );
}

/** Distances are scored in whole tenths of a mile: `h / (h + miles)` for each, up to 1,000 miles. */
const TABLE_TENTHS = 10_000;
const HALF_SCORE_TABLES = new Map<number, Float64Array>();

/** `half / (half + tenths / 10)` for every tenths below {@link TABLE_TENTHS}: the very numbers the scorer computes. */
function halfScores(half: number): Float64Array {
  let table = HALF_SCORE_TABLES.get(half);
  if (!table) {
    table = new Float64Array(TABLE_TENTHS);
    for (let k = 0; k < TABLE_TENTHS; k++) table[k] = half / (half + k / 10);
    if (HALF_SCORE_TABLES.size < 16) HALF_SCORE_TABLES.set(half, table);
  }
  return table;
}

function near(
  px: number,
  py: number,
  table: Float64Array,
  half: number,
  x: number,
  y: number,
  u: number,
): number {
  const tenths = tenthsOfMileBetween(px, py, x, y);
  if (Number.isNaN(tenths)) return u;
  return tenths < TABLE_TENTHS ? (table[tenths] as number) : half / (half + tenths / 10);
}

function important(points: Float64Array, h: number, x: number, y: number, u: number): number {
  if (Number.isNaN(x)) return u;
  let sum = 0;
  let total = 0;
  for (let j = 0; j < points.length; j += 3) {
    const d = tenthsOfMileBetween(points[j] as number, points[j + 1] as number, x, y) / 10;
    const w = points[j + 2] as number;
    sum += (w * h) / (h + d);
    total += w;
  }
  return sum / total;
}

function petsValue(pets: string | undefined, flags: number, u: number): number {
  const known = (flags & F.hasPetsKnown) !== 0;
  const has = (flags & F.hasPets) !== 0;
  if (pets === 'must') return has || (flags & F.petsAllowed) !== 0 ? 1 : known ? 0 : u;
  return known ? (has ? 0 : 1) : u;
}

import type { MatchPolicy } from '@placewise/model';
import type { CompiledReferral } from './compiled-referral.js';
import { dayNumber } from './day.js';
import { milesBetween } from './miles.js';
import {
  FOSTERING,
  KIND,
  MUST_BE_REGISTERED,
  NEVER_REGISTERED,
  OTHER_ARRANGEMENT,
  SUITABILITY_GROUP,
  WELSH_RESTRICTED,
} from './setting-kind.js';
import { F, type VacancyColumns } from './vacancy-columns.js';

/** Bit per `EligibilityCode`, in the order of `EligibilityCode.options`. */
export const B = {
  unlawful: 1 << 0,
  unregistered: 1 << 1,
  secure: 1 << 2,
  yoi: 1 << 3,
  age: 1 << 4,
  sex: 1 << 5,
  places: 1 << 6,
  soloRequired: 1 << 7,
  soloOnly: 1 << 8,
  dol: 1 << 9,
  risk: 1 << 10,
  need: 1 << 11,
  fostering: 1 << 12,
  date: 1 << 13,
  ofsted: 1 << 14,
  unsuitable: 1 << 15,
  avoid: 1 << 16,
  tooFar: 1 << 17,
  distanceUnknown: 1 << 18,
} as const;
/** How many eligibility rules (bits) there are. */
export const RULE_COUNT = 19;

const REG_27A = dayNumber('2021-09-09');
const REG_27C = dayNumber('2023-10-28');
const SCOTLAND_YOI = dayNumber('2024-08-28');
const SECURE = KIND['secure-childrens-home'];
const SUPPORTED = KIND['supported-accommodation'];
const YOUTH_JUSTICE = KIND['youth-justice'];

/** Policy values the check reads, resolved once per call. */
export interface EligibilityContext {
  readonly ofstedExcluded: number;
  readonly walesFrom: number;
}

/**
 * Checks every hard constraint for vacancy `i` and returns a bit mask of the failures (0 = eligible).
 * Allocation-free. Each nation's statutory bars apply only to that nation's referrals. This is the
 * reference, one vacancy at a time; `checkAll` gives the same masks for a whole index at once.
 */
export function checkEligibility(
  r: CompiledReferral,
  c: VacancyColumns,
  i: number,
  ctx: EligibilityContext,
): number {
  const kind = c.kind[i] as number;
  const flags = c.flags[i] as number;
  let fail = checkClass(r, kind, flags);
  if (r.age < (c.minAge[i] as number) || r.age > (c.maxAge[i] as number)) fail |= B.age;
  if (r.sexBit !== 0 && ((c.sexMask[i] as number) & r.sexBit) === 0) fail |= B.sex;
  const places = c.places[i] as number;
  if (places < (r.split ? 1 : r.group)) fail |= B.places;
  if ((r.riskMask & ~(c.riskMask[i] as number)) !== 0) fail |= B.risk;
  if (r.needs.length > 0 && !hasAll(c.needs[i] as readonly string[], r.needs)) fail |= B.need;
  if (FOSTERING[kind] && !(flags & F.fosterExempt) && overFosteringLimit(r, c, i)) fail |= B.fostering;
  if ((c.fromDay[i] as number) > r.needDay || (c.untilDay[i] as number) < r.needDay) fail |= B.date;
  const ofsted = c.ofsted[i] as number;
  if (ofsted >= 0 && ctx.ofstedExcluded & (1 << ofsted)) fail |= B.ofsted;
  if (r.avoid.length > 0 && nearestAvoided(r, c, i) >= 0) fail |= B.avoid;
  if (r.maxMiles !== Number.POSITIVE_INFINITY) fail |= distanceFailure(r, c, i);
  return fail;
}

/**
 * The failures that depend only on the setting's type and the flags a vacancy class keeps (see
 * `vacancy-class.ts`): the same for every vacancy of a class, so `checkAll` works them out once per class.
 */
export function checkClass(r: CompiledReferral, kind: number, flags: number): number {
  let fail = 0;
  if (r.nation === 'england' && OTHER_ARRANGEMENT[kind]) {
    if (r.age < 16 && r.needDay >= REG_27A) fail |= B.unlawful;
    else if (r.age < 18 && r.needDay >= REG_27C && !(kind === SUPPORTED && flags & F.saRegistered))
      fail |= B.unlawful;
  }
  // Nation-independent: every nation requires a children's home to be registered with its regulator.
  if (NEVER_REGISTERED[kind] || (MUST_BE_REGISTERED[kind] && !(flags & F.registered))) fail |= B.unregistered;
  if (kind === SECURE && !r.secureOrder) fail |= B.secure;
  if (r.nation === 'scotland' && kind === YOUTH_JUSTICE && r.age < 18 && r.needDay >= SCOTLAND_YOI)
    fail |= B.yoi;
  if (r.solo && !(flags & F.solo)) fail |= B.soloRequired;
  if (flags & F.solo && r.group > 1 && !r.split) fail |= B.soloOnly;
  if (r.deprivationOfLiberty && !(flags & F.dol)) fail |= B.dol;
  if (r.unsuitableGroups & (1 << (SUITABILITY_GROUP[kind] as number))) fail |= B.unsuitable;
  return fail;
}

/** Whether placing the referral in foster household `i` would break the usual fostering limit. */
export function overFosteringLimit(r: CompiledReferral, c: VacancyColumns, i: number): boolean {
  const fostered = Math.max(0, c.fostered[i] as number);
  const placing = r.split ? Math.min(r.group, c.places[i] as number) : r.group;
  // Sch 7: the limit does not apply where all the children are siblings of each other.
  return fostered + placing > 3 && fostered > 0;
}

/** The distance failure (too far, or unknown) for vacancy `i`, given a maximum distance applies. */
export function distanceFailure(r: CompiledReferral, c: VacancyColumns, i: number): number {
  const miles = milesBetween(r.home[0], r.home[1], c.x[i] as number, c.y[i] as number);
  return Number.isNaN(miles) ? B.distanceUnknown : miles > r.maxMiles ? B.tooFar : 0;
}

/**
 * The first location to avoid (index into the referral's `locationsToAvoid`) that vacancy `i` is within the
 * radius of, or that cannot be checked (either place not located); -1 when it is clear of them all.
 */
export function nearestAvoided(r: CompiledReferral, c: VacancyColumns, i: number): number {
  const x = c.x[i] as number;
  const y = c.y[i] as number;
  for (let k = 0; k < r.avoid.length; k += 4) {
    const miles = milesBetween(r.avoid[k] as number, r.avoid[k + 1] as number, x, y);
    if (Number.isNaN(miles) || miles <= (r.avoid[k + 2] as number)) return r.avoid[k + 3] as number;
  }
  return -1;
}

/** Bit mask of `FINDING_RULES` that eligible vacancy `i` raises (0 = none). */
export function checkFindings(
  r: CompiledReferral,
  c: VacancyColumns,
  i: number,
  ctx: EligibilityContext,
): number {
  if (r.nation !== 'wales' || r.needDay < ctx.walesFrom) return 0;
  const kind = c.kind[i] as number;
  const flags = c.flags[i] as number;
  if (!WELSH_RESTRICTED[kind]) return 0;
  return flags & F.forProfit || (flags & F.inEngland && !(flags & F.localAuthority)) ? 1 : 0;
}

/** Whether `offered` includes every one of `wanted`. */
export function hasAll(offered: readonly string[], wanted: readonly string[]): boolean {
  for (const w of wanted) if (!offered.includes(w)) return false;
  return true;
}

/** Resolves the policy values {@link checkEligibility} reads. */
export function eligibilityContext(policy: MatchPolicy): EligibilityContext {
  const order = ['outstanding', 'good', 'requires-improvement', 'inadequate'];
  return {
    ofstedExcluded: policy.excludeOfstedJudgements.reduce((m, j) => m | (1 << order.indexOf(j)), 0),
    walesFrom: dayNumber(policy.walesForProfitFrom),
  };
}

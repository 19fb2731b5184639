import type { MatchPolicy } from '../policy.js';
import type { CompiledReferral } from './compiled-referral.js';
import { milesBetween } from './miles.js';
import { FOSTERING, KIND, OTHER_ARRANGEMENT, WELSH_RESTRICTED } from './setting-kind.js';
import { F, type VacancyColumns } from './vacancy-columns.js';

/** Bit per `EligibilityCode`, in the order of `EligibilityCode.options`. */
export const B = {
  unlawful: 1 << 0,
  secure: 1 << 1,
  age: 1 << 2,
  sex: 1 << 3,
  places: 1 << 4,
  soloRequired: 1 << 5,
  soloOnly: 1 << 6,
  dol: 1 << 7,
  risk: 1 << 8,
  need: 1 << 9,
  fostering: 1 << 10,
  date: 1 << 11,
  ofsted: 1 << 12,
  welsh: 1 << 13,
  tooFar: 1 << 14,
  distanceUnknown: 1 << 15,
} as const;

const REG_27A = Date.parse('2021-09-09') / 86_400_000;
const REG_27C = Date.parse('2023-10-28') / 86_400_000;
const SECURE = KIND['secure-childrens-home'];
const SUPPORTED = KIND['supported-accommodation'];

/** Policy values the check reads, resolved once per call. */
export interface EligibilityContext {
  readonly ofstedExcluded: number;
  readonly walesFrom: number;
}

/**
 * Checks every hard constraint for vacancy `i` and returns a bit mask of the failures (0 = eligible).
 * Allocation-free: it runs once per vacancy per referral.
 */
export function checkEligibility(
  r: CompiledReferral,
  c: VacancyColumns,
  i: number,
  ctx: EligibilityContext,
): number {
  let fail = 0;
  const kind = c.kind[i] as number;
  const flags = c.flags[i] as number;
  if (OTHER_ARRANGEMENT[kind]) {
    if (r.age < 16 && r.needDay >= REG_27A) fail |= B.unlawful;
    else if (r.age < 18 && r.needDay >= REG_27C && !(kind === SUPPORTED && flags & F.saRegistered))
      fail |= B.unlawful;
  }
  if (kind === SECURE && !r.referral.secureOrder) fail |= B.secure;
  if (r.age < (c.minAge[i] as number) || r.age > (c.maxAge[i] as number)) fail |= B.age;
  if (r.sexBit !== 0 && ((c.sexMask[i] as number) & r.sexBit) === 0) fail |= B.sex;
  const places = c.places[i] as number;
  if (places < (r.split ? 1 : r.group)) fail |= B.places;
  if (r.solo && !(flags & F.solo)) fail |= B.soloRequired;
  if (flags & F.solo && r.group > 1 && !r.split) fail |= B.soloOnly;
  if (r.referral.deprivationOfLiberty && !(flags & F.dol)) fail |= B.dol;
  if ((r.riskMask & ~(c.riskMask[i] as number)) !== 0) fail |= B.risk;
  if (r.needs.length > 0 && !hasAll(c.needs[i] as readonly string[], r.needs)) fail |= B.need;
  if (FOSTERING[kind] && !(flags & F.fosterExempt)) {
    const fostered = Math.max(0, c.fostered[i] as number);
    const placing = r.split ? Math.min(r.group, places) : r.group;
    // Sch 7: the limit does not apply where all the children are siblings of each other.
    if (fostered + placing > 3 && fostered > 0) fail |= B.fostering;
  }
  if ((c.fromDay[i] as number) > r.needDay || (c.untilDay[i] as number) < r.needDay) fail |= B.date;
  const ofsted = c.ofsted[i] as number;
  if (ofsted >= 0 && ctx.ofstedExcluded & (1 << ofsted)) fail |= B.ofsted;
  if (
    r.referral.nation === 'wales' &&
    r.needDay >= ctx.walesFrom &&
    ((WELSH_RESTRICTED[kind] && flags & F.forProfit) || (flags & F.inEngland && !(flags & F.localAuthority)))
  ) {
    fail |= B.welsh;
  }
  if (r.maxMiles !== Number.POSITIVE_INFINITY) {
    const miles = milesBetween(r.home[0], r.home[1], c.x[i] as number, c.y[i] as number);
    if (Number.isNaN(miles)) fail |= B.distanceUnknown;
    else if (miles > r.maxMiles) fail |= B.tooFar;
  }
  return fail;
}

function hasAll(offered: readonly string[], wanted: readonly string[]): boolean {
  for (const w of wanted) if (!offered.includes(w)) return false;
  return true;
}

/** Resolves the policy values {@link checkEligibility} reads. */
export function eligibilityContext(policy: MatchPolicy): EligibilityContext {
  const order = ['outstanding', 'good', 'requires-improvement', 'inadequate'];
  return {
    ofstedExcluded: policy.excludeOfstedJudgements.reduce((m, j) => m | (1 << order.indexOf(j)), 0),
    walesFrom: Date.parse(policy.walesForProfitFrom) / 86_400_000,
  };
}

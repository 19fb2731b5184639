import {
  B,
  checkClass,
  distanceFailure,
  type EligibilityContext,
  hasAll,
  nearestAvoided,
  overFosteringLimit,
} from './check-eligibility.js';
import type { CompiledReferral } from './compiled-referral.js';
import { FOSTERING } from './setting-kind.js';
import { CLASS_COUNT, flagsOfClass, kindOfClass } from './vacancy-class.js';
import { F, type VacancyColumns } from './vacancy-columns.js';

/** Marks a class whose vacancies need the fostering-limit check (a bit no eligibility rule uses). */
const FOSTER_CHECK = 1 << 30;

/**
 * Checks every hard constraint for every vacancy of an index, column by column: the type-level rules once
 * per class, then one tight loop over the typed columns, then the rarer rules (needs, fostering limit,
 * locations to avoid, distance) only when the referral or a class calls for them. Fills `fails` with the
 * same masks `checkEligibility` gives one at a time, and `eligible` with the indices of the eligible
 * vacancies in index order; returns how many there are.
 */
export function checkAll(
  r: CompiledReferral,
  c: VacancyColumns,
  ctx: EligibilityContext,
  fails: Uint32Array,
  eligible: Int32Array,
): number {
  const n = c.size;
  const table = new Uint32Array(CLASS_COUNT);
  let fostering = false;
  for (const cls of c.classes) {
    const kind = kindOfClass(cls);
    const flags = flagsOfClass(cls);
    const check = FOSTERING[kind] && !(flags & F.fosterExempt) ? FOSTER_CHECK : 0;
    fostering ||= check !== 0;
    table[cls] = checkClass(r, kind, flags) | check;
  }
  // Indexed by Ofsted judgement + 1 (0 = none recorded).
  const ofstedFail = Uint32Array.from({ length: 5 }, (_, j) =>
    j > 0 && ctx.ofstedExcluded & (1 << (j - 1)) ? B.ofsted : 0,
  );
  const { cls, minAge, maxAge, sexMask, places, riskMask, fromDay, untilDay, ofsted } = c;
  const age = r.age;
  const sexBit = r.sexBit;
  const room = r.split ? 1 : r.group;
  const risks = r.riskMask;
  const day = r.needDay;
  for (let i = 0; i < n; i++) {
    let f = (table[cls[i] as number] as number) | (ofstedFail[(ofsted[i] as number) + 1] as number);
    if (age < (minAge[i] as number) || age > (maxAge[i] as number)) f |= B.age;
    if (((sexMask[i] as number) & sexBit) !== sexBit) f |= B.sex;
    if ((places[i] as number) < room) f |= B.places;
    if ((risks & ~(riskMask[i] as number)) !== 0) f |= B.risk;
    if ((fromDay[i] as number) > day || (untilDay[i] as number) < day) f |= B.date;
    fails[i] = f;
  }
  if (fostering) {
    for (let i = 0; i < n; i++) {
      const f = fails[i] as number;
      if (f & FOSTER_CHECK)
        fails[i] = (f & ~FOSTER_CHECK) | (overFosteringLimit(r, c, i) ? B.fostering : 0);
    }
  }
  if (r.needs.length > 0) {
    for (let i = 0; i < n; i++) if (!hasAll(c.needs[i] as readonly string[], r.needs)) fails[i] = (fails[i] as number) | B.need;
  }
  if (r.avoid.length > 0) {
    for (let i = 0; i < n; i++) if (nearestAvoided(r, c, i) >= 0) fails[i] = (fails[i] as number) | B.avoid;
  }
  if (r.maxMiles !== Number.POSITIVE_INFINITY) {
    for (let i = 0; i < n; i++) fails[i] = (fails[i] as number) | distanceFailure(r, c, i);
  }
  let count = 0;
  for (let i = 0; i < n; i++) if (fails[i] === 0) eligible[count++] = i;
  return count;
}

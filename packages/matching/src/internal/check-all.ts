import {
  B,
  checkClass,
  distanceFailure,
  type EligibilityContext,
  hasAll,
  nearestAvoided,
} from './check-eligibility.js';
import type { CompiledReferral } from './compiled-referral.js';
import { CLASS_COUNT, flagsOfClass, kindOfClass } from './vacancy-class.js';
import type { VacancyColumns } from './vacancy-columns.js';

/**
 * Checks every hard constraint for every vacancy of an index, column by column: the type-level rules once
 * per class, then one tight loop over the typed columns, then the rarer rules (needs, locations to avoid,
 * distance) only when the referral calls for them. Fills `fails` with the
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
  for (const cls of c.classes) table[cls] = checkClass(r, kindOfClass(cls), flagsOfClass(cls));
  // Indexed by Ofsted judgement + 1 (0 = none recorded).
  const ofstedFail = new Uint32Array(5);
  for (let j = 1; j < 5; j++) if (ctx.ofstedExcluded & (1 << (j - 1))) ofstedFail[j] = B.ofsted;
  const { cls, minAge, maxAge, sexMask, places, riskMask, fromDay, untilDay, ofsted, fosterLoad } = c;
  const age = r.age;
  const sexBit = r.sexBit;
  const split = r.split;
  const group = r.group;
  const room = split ? 1 : group;
  const risks = r.riskMask;
  const day = r.needDay;
  let count = 0;
  // Branch-free: each test is a sign bit (a − b < 0 ⇔ a < b, all values far inside 32 bits) times its
  // failure bit, so random data costs no mispredicted branches.
  for (let i = 0; i < n; i++) {
    const sex = ((sexMask[i] as number) & sexBit) ^ sexBit;
    const risk = risks & ~(riskMask[i] as number);
    // The fostering limit (Sch 7): children there already (0 where the limit does not apply) + those placed > 3.
    const load = fosterLoad[i] as number;
    const placing = split ? Math.min(group, places[i] as number) : group;
    const f =
      (table[cls[i] as number] as number) |
      (ofstedFail[(ofsted[i] as number) + 1] as number) |
      ((((age - (minAge[i] as number)) | ((maxAge[i] as number) - age)) >>> 31) * B.age) |
      (((sex | -sex) >>> 31) * B.sex) |
      ((((places[i] as number) - room) >>> 31) * B.places) |
      (((risk | -risk) >>> 31) * B.risk) |
      ((((day - (fromDay[i] as number)) | ((untilDay[i] as number) - day)) >>> 31) * B.date) |
      (((-load & (3 - load - placing)) >>> 31) * B.fostering);
    fails[i] = f;
    eligible[count] = i;
    count += ((f | -f) >>> 31) ^ 1;
  }
  const limited = r.maxMiles !== Number.POSITIVE_INFINITY;
  if (r.needs.length === 0 && r.avoid.length === 0 && !limited) return count;
  for (let i = 0; i < n; i++) {
    let f = fails[i] as number;
    if (r.needs.length > 0 && !hasAll(c.needs[i] as readonly string[], r.needs)) f |= B.need;
    if (r.avoid.length > 0 && nearestAvoided(r, c, i) >= 0) f |= B.avoid;
    if (limited) f |= distanceFailure(r, c, i);
    fails[i] = f;
  }
  count = 0;
  for (let i = 0; i < n; i++) if (fails[i] === 0) eligible[count++] = i;
  return count;
}

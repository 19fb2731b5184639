import type { MatchFailure, MatchFinding, Nation } from '@placewise/model';
import { ELIGIBILITY_RULES } from '../eligibility.js';
import { FINDING_RULES } from '../finding.js';
import { B, nearestAvoided } from './check-eligibility.js';
import type { CompiledReferral } from './compiled-referral.js';
import type { VacancyColumns } from './vacancy-columns.js';

const caches: Record<Nation, Map<number, MatchFailure[]>> = {
  england: new Map(),
  wales: new Map(),
  scotland: new Map(),
  'northern-ireland': new Map(),
};
const AVOID = ELIGIBILITY_RULES.findIndex((rule) => rule.code === 'location-to-avoid');

/**
 * The failures behind a bit mask, each with the basis for the referral's nation. Lists are shared per mask
 * and nation (few distinct ones occur), except that a location to avoid is named in its own reason, by its
 * label (never its postcode).
 */
export function failuresOf(mask: number, r: CompiledReferral, c: VacancyColumns, i: number): MatchFailure[] {
  const list = failureListOf(mask, r.nation);
  if (!(mask & B.avoid)) return list;
  const avoided = nearestAvoided(r, c, i);
  const code = ELIGIBILITY_RULES[AVOID]?.code;
  return list.map((f) => (f.code === code ? { ...f, reason: avoidReason(r, c, i, avoided) } : f));
}

function avoidReason(r: CompiledReferral, c: VacancyColumns, i: number, index: number): string {
  const location = r.referral.locationsToAvoid?.[index];
  const name = location?.label ? `“${location.label}”` : `location to avoid ${index + 1}`;
  const radius = r.avoid[index * 4 + 2] as number;
  if (Number.isNaN(r.avoid[index * 4] as number))
    return `The location to avoid ${name} could not be located, so no vacancy can be shown to be clear of it.`;
  if (Number.isNaN(c.x[i] as number))
    return `The setting has no location, so it cannot be shown to be more than ${radius} miles from ${name}.`;
  return `Within ${radius} miles of ${name}, a location the child must be kept away from.`;
}

/** The failures behind a bit mask with the bases for a referral from `nation` (shared lists: do not mutate). */
export function failureListOf(mask: number, nation: Nation): MatchFailure[] {
  const cache = caches[nation];
  let list = cache.get(mask);
  if (!list) {
    list = ELIGIBILITY_RULES.flatMap((rule, b) =>
      mask & (1 << b) ? [{ code: rule.code, reason: rule.reason, basis: rule.basis[nation] }] : [],
    );
    if (cache.size < 4096) cache.set(mask, list);
  }
  return list;
}

const SLOTS = 1024;

/**
 * A lookup from failure mask to its shared list for one call, for the hot loop over ineligible vacancies:
 * an open-addressing table in a typed array (a multiply and a probe or two per vacancy), filled from
 * {@link failureListOf}. Masks with a location to avoid need their own list: use {@link failuresOf} for those.
 */
export function failureListsFor(nation: Nation): (mask: number) => MatchFailure[] {
  const keys = new Int32Array(SLOTS).fill(-1);
  const lists: MatchFailure[][] = new Array(SLOTS);
  let size = 0;
  return (mask) => {
    let slot = Math.imul(mask, 0x9e3779b1) >>> 22;
    for (;;) {
      const key = keys[slot] as number;
      if (key === mask) return lists[slot] as MatchFailure[];
      if (key === -1) break;
      slot = (slot + 1) & (SLOTS - 1);
    }
    const list = failureListOf(mask, nation);
    // Half full at most, so probes stay short; rarer masks beyond that go to the shared cache.
    if (size < SLOTS / 2) {
      keys[slot] = mask;
      lists[slot] = list;
      size++;
    }
    return list;
  };
}

/** The findings (approvals needed) behind a bit mask. */
export function findingsOf(mask: number): MatchFinding[] {
  return mask === 0 ? NONE : FINDING_RULES.filter((_, b) => mask & (1 << b));
}

const NONE: MatchFinding[] = [];

import type { GssCode, Placement, Referral, Risk } from '@placewise/model';
import type { Random } from '../random.js';
import { ageAt } from './age.js';
import { type Day, dayOf, isoOf } from './day.js';
import type { ChildHistory } from './history.js';

const TEEN_RISKS: readonly Risk[] = [
  'going-missing',
  'self-harm',
  'criminal-exploitation',
  'sexual-exploitation',
  'drug-alcohol',
  'harm-to-others',
];

function dayOfIso(iso: string): number {
  return dayOf(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/**
 * An open referral modelled on a placement a child went to (Placements Data Standard v2 fields): the family
 * home as a postcode sector, and suitability, risks and staffing that fit that placement. It is open on
 * `openOn` (the last day of the history, when the vacancies are listed), so a matcher has vacancies to rank
 * for it: needed that day (`today`), within five days, or within six weeks.
 */
export function referralFor(
  history: ChildHistory,
  placement: Placement,
  authority: GssCode,
  id: string,
  openOn: Day,
  random: Random,
): Referral {
  const { child } = history;
  const age = ageAt(dayOfIso(child.dateOfBirth), dayOfIso(placement.start));
  const foster = placement.category.startsWith('fostering') || placement.category === 'kinship-fostering';
  const residential =
    placement.category === 'childrens-home' || placement.category === 'secure-childrens-home';
  const supported = placement.category === 'supported-accommodation';
  const risks = age >= 11 ? TEEN_RISKS.filter(() => random.chance(residential ? 0.35 : 0.1)) : [];
  const urgency = random.weighted([
    ['today', 0.3],
    ['within-5-days', 0.3],
    ['more-than-5-days', 0.4],
  ] as const);
  const neededBy =
    openOn + (urgency === 'today' ? 0 : urgency === 'within-5-days' ? random.int(1, 5) : random.int(6, 42));
  // Every defaulted field is written out, so the object is already what `Referral.parse` would return.
  return {
    id,
    childId: child.id,
    dateOfBirth: child.dateOfBirth,
    sex: child.sex,
    neededBy: isoOf(neededBy),
    urgency,
    plannedOrEmergency: urgency === 'today' ? 'emergency' : 'planned',
    responsibleAuthority: authority,
    nation: 'england',
    siblingCount: age < 12 && random.chance(0.2) ? random.int(1, 2) : 0,
    siblingSplitAllowed: false,
    ...(history.homeSector
      ? { home: { postcode: history.homeSector }, closeToFamily: random.chance(0.7) }
      : {}),
    importantLocations: [],
    locationsToAvoid: [],
    communicationNeeds: 'not-specified',
    communicationRequirements: [],
    culturalNeeds: 'not-known',
    livingCompanions: 'no-preference',
    pets: 'not-known',
    homeAdaptation: false,
    additionalSupport: [],
    staffingRatio: residential && random.chance(0.15) ? '1:1' : 'not-specified',
    deprivationOfLiberty: false,
    secureOrder: placement.category === 'secure-childrens-home',
    risks,
    needs: [],
    suitability: {
      foster: foster ? 'preferred' : age >= 16 ? 'unsuitable' : 'suitable',
      residential: residential ? 'preferred' : age >= 10 ? 'suitable' : 'unsuitable',
      supportedAccommodation: supported ? 'preferred' : age >= 16 ? 'suitable' : 'unsuitable',
    },
  };
}

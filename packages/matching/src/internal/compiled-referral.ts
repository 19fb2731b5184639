import type {
  Issue,
  MatchPolicy,
  Nation,
  PostcodeLocator,
  Referral,
  ReferralLocation,
} from '@placewise/model';
import { AdditionalSupport, PlacementGroup, Risk, StaffingRatio } from '@placewise/model';
import { dayNumber } from './day.js';

const FREQUENCY_WEIGHT: Record<string, number> = {
  daily: 5,
  'few-times-a-week': 3,
  weekly: 2,
  fortnightly: 1,
  monthly: 0.5,
  other: 0.5,
};
const COMMS = ['ESOL', 'BSL', 'Makaton', 'other'];

/** A referral reduced to the numbers the hot loop compares, its locations located once. */
export interface CompiledReferral {
  readonly referral: Referral;
  /**
   * The referral's own fields the hot code reads, copied here: referrals parsed with different optional
   * fields have different object shapes, and reading them straight off the referral in optimised code
   * would deoptimise it again and again.
   */
  readonly id: string;
  readonly secureOrder: boolean;
  readonly deprivationOfLiberty: boolean;
  readonly nation: Nation;
  readonly age: number;
  readonly sexBit: number;
  readonly group: number;
  readonly split: boolean;
  readonly needDay: number;
  readonly riskMask: number;
  readonly commMask: number;
  readonly staffing: number;
  readonly solo: boolean;
  readonly home: readonly [number, number];
  readonly school: readonly [number, number];
  readonly preferred: readonly [number, number];
  /** x, y, weight triples for located important locations. */
  readonly important: Float64Array;
  readonly authority: number;
  readonly language: string | undefined;
  readonly faith: string | undefined;
  readonly needs: readonly string[];
  readonly maxMiles: number;
  /** Bit per PlacementRecommendation group (0 foster, 1 residential, 2 supported) marked unsuitable. */
  readonly unsuitableGroups: number;
  /** x, y, radius, index quads for the locations to avoid (x NaN when one could not be located). */
  readonly avoid: Float64Array;
  /** Bit per `AdditionalSupport` option asked for. */
  readonly supportMask: number;
  readonly ethnicity: string | undefined;
  /** The PlacementRecommendation group the child wishes for (0, 1, 2), or -1. */
  readonly wishedGroup: number;
  readonly issues: readonly Issue[];
}

/** Compiles a referral against a vacancy index's authority codes. */
export function compileReferral(
  referral: Referral,
  authorityIds: ReadonlyMap<string, number>,
  locator: PostcodeLocator | undefined,
  policy: MatchPolicy,
): CompiledReferral {
  const issues: Issue[] = [];
  const locate = (
    loc: ReferralLocation | undefined,
    path: (string | number)[],
    severity: 'warning' | 'error' = 'warning',
  ): readonly [number, number] => {
    if (!loc) return [Number.NaN, Number.NaN];
    const found = locator?.locate(loc.postcode);
    if (!found) {
      const effect =
        severity === 'error'
          ? 'so no vacancy can be checked against this location to avoid and every vacancy is held ineligible.'
          : 'so distances to it are not scored.';
      issues.push({
        code:
          severity === 'error' ? 'matching.location-to-avoid-not-located' : 'matching.location-not-located',
        severity,
        message: locator
          ? `This postcode could not be located, ${effect}`
          : `No postcode locator was given, ${effect}`,
        location: { path: [...path, 'postcode'] },
      });
      return [Number.NaN, Number.NaN];
    }
    return [found.point.easting, found.point.northing];
  };
  const important: number[] = [];
  (referral.importantLocations ?? []).forEach((loc, i) => {
    const [x, y] = locate(loc, ['importantLocations', i]);
    if (!Number.isNaN(x)) important.push(x, y, FREQUENCY_WEIGHT[loc.frequency] ?? 0.5);
  });
  const avoid: number[] = [];
  (referral.locationsToAvoid ?? []).forEach((loc, i) => {
    const [x, y] = locate(loc, ['locationsToAvoid', i], 'error');
    avoid.push(x, y, loc.radiusMiles ?? policy.avoidRadiusMiles, i);
  });
  const suitability = referral.suitability;
  const unsuitable = suitability
    ? [suitability.foster, suitability.residential, suitability.supportedAccommodation].reduce(
        (m, s, g) => (s === 'unsuitable' ? m | (1 << g) : m),
        0,
      )
    : 0;
  const maxes = [referral.maxDistanceMiles, policy.maxDistanceMiles].filter(
    (m): m is number => m !== undefined,
  );
  const required = referral.staffingRatio ?? 'not-specified';
  return {
    referral,
    id: referral.id,
    secureOrder: referral.secureOrder ?? false,
    deprivationOfLiberty: referral.deprivationOfLiberty ?? false,
    nation: referral.nation ?? 'england',
    age: wholeYearsOn(referral.dateOfBirth, referral.neededBy),
    sexBit: referral.sex === 'male' ? 1 : referral.sex === 'female' ? 2 : 0,
    group: (referral.siblingCount ?? 0) + 1,
    split: referral.siblingSplitAllowed ?? false,
    needDay: dayNumber(referral.neededBy),
    riskMask: (referral.risks ?? []).reduce((m, r) => m | (1 << Risk.options.indexOf(r)), 0),
    commMask:
      referral.communicationNeeds === 'no'
        ? 0
        : (referral.communicationRequirements ?? []).reduce((m, x) => m | (1 << COMMS.indexOf(x)), 0),
    staffing: required === 'not-specified' ? 0 : StaffingRatio.options.indexOf(required),
    solo: referral.livingCompanions === 'solo',
    home: locate(referral.home, ['home']),
    school: locate(referral.school, ['school']),
    preferred: locate(referral.preferredLocation, ['preferredLocation']),
    important: Float64Array.from(important),
    authority: authorityIds.get(referral.responsibleAuthority) ?? -2,
    language: referral.language?.toLowerCase(),
    faith: referral.culturalNeeds === 'not-required' ? undefined : referral.faith?.toLowerCase(),
    needs: referral.needs ?? [],
    maxMiles: maxes.length ? Math.min(...maxes) : Number.POSITIVE_INFINITY,
    unsuitableGroups: unsuitable,
    avoid: Float64Array.from(avoid),
    supportMask: (referral.additionalSupport ?? []).reduce(
      (m, x) => m | (1 << AdditionalSupport.options.indexOf(x)),
      0,
    ),
    ethnicity: referral.ethnicity?.trim().toUpperCase() || undefined,
    wishedGroup: referral.wishes?.placementGroup
      ? PlacementGroup.options.indexOf(referral.wishes.placementGroup)
      : -1,
    issues,
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The model's `ageOn` (whole years; a 29 February birthday counts from 1 March in common years) read straight
 * from two ISO dates: years apart, less one if the birthday (month-day) is still to come; dates out of order
 * give the negative of the same count, as `ageOn` does. Parsing dates costs more than a whole ranking's
 * checks, and leaving `ageOn` (and date-fns) out keeps `matchReferral`'s browser bundle small. A date that is
 * not `YYYY-MM-DD` (a referral not parsed with `Referral`) gives `NaN`, which no age range admits.
 */
export function wholeYearsOn(dateOfBirth: string, date: string): number {
  if (!ISO_DATE.test(dateOfBirth) || !ISO_DATE.test(date)) return Number.NaN;
  if (date < dateOfBirth) return -wholeYearsOn(date, dateOfBirth) || 0;
  const years = Number(date.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return date.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}

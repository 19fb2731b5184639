import type { PlacementCategory } from './category.js';

/**
 * PLACE → category, where the provider does not matter. Mapping decisions:
 * - R1 (residential care home) is not a children's home: DfE counts it in "other residential settings", with
 *   R2 and R3, so it is a `health-setting` here (a care setting rather than a home).
 * - R3 (family centre / mother-and-baby unit) is a health setting, as R2 is: both are assessment or
 *   care settings rather than homes. DfE groups both as "other residential settings".
 * - H5 and K3 are supported accommodation; P2 (independent living, withdrawn) stays independent-living.
 * - P3, Z1 and Z11–Z14 are `other`; Z11–Z14's meanings are unconfirmed, so none is mapped more finely.
 */
const CATEGORY_OF_PLACE: Readonly<Record<string, PlacementCategory>> = {
  U1: 'kinship-fostering',
  U2: 'kinship-fostering',
  U3: 'kinship-fostering',
  A3: 'placed-for-adoption',
  A4: 'placed-for-adoption',
  A5: 'placed-for-adoption',
  A6: 'placed-for-adoption',
  P1: 'placed-with-parents',
  K1: 'secure-childrens-home',
  K2: 'childrens-home',
  R1: 'health-setting',
  H5: 'supported-accommodation',
  K3: 'supported-accommodation',
  P2: 'independent-living',
  S1: 'residential-school',
  R2: 'health-setting',
  R3: 'health-setting',
  R5: 'youth-justice',
  T0: 'temporary',
  T1: 'temporary',
  T2: 'temporary',
  T3: 'temporary',
  T4: 'temporary',
};

/** {@link CATEGORY_OF_PLACE} as a map: a lookup that cannot reach `Object.prototype`. */
const PLACE_CATEGORIES: ReadonlyMap<string, PlacementCategory> = new Map(Object.entries(CATEGORY_OF_PLACE));

const FOSTERING_WITH_OTHER_CARERS = new Set(['U4', 'U5', 'U6']);
const AGENCY_PROVIDERS = new Set(['PR4', 'PR5']);

/**
 * The canonical {@link PlacementCategory} of an SSDA903 placement type (PLACE) and provider (PLACE_PROVIDER).
 *
 * | PLACE | PLACE_PROVIDER | category |
 * |---|---|---|
 * | U1–U3 | any | kinship-fostering |
 * | U4–U6 | PR4, PR5 | fostering-agency |
 * | U4–U6 | PR1, PR2, or any other or none | fostering-in-house |
 * | A3–A6 | any | placed-for-adoption |
 * | P1 | any | placed-with-parents |
 * | K2 | any | childrens-home |
 * | K1 | any | secure-childrens-home |
 * | K3, H5 | any | supported-accommodation |
 * | P2 | any | independent-living |
 * | S1 | any | residential-school |
 * | R1, R2, R3 | any | health-setting |
 * | R5 | any | youth-justice |
 * | T0–T4 | any | temporary |
 * | P3, Z1, Z11–Z14, unknown codes | any | other |
 *
 * Edge cases: U4–U6 with no provider, PR0 or PR3 (the last two are invalid together, rules 527–531)
 * count as in-house, since only PR4/PR5 mark an independent agency; codes are trimmed and upper-cased;
 * an unknown PLACE is `other` rather than an error (validate codes with `isValidCode`).
 *
 * @param placementType - PLACE code, e.g. `U4`.
 * @param placementProvider - PLACE_PROVIDER code, e.g. `PR4`; only used for U4–U6.
 * @example
 * categoryOf('U4', 'PR4'); // 'fostering-agency'
 * categoryOf('U4', 'PR1'); // 'fostering-in-house'
 * categoryOf('K3'); // 'supported-accommodation'
 */
export function categoryOf(placementType: string, placementProvider?: string): PlacementCategory {
  // A code as a return's reader leaves it (trimmed, upper case) is found as it stands, with no new strings:
  // this runs for every placement derived and every episode a forecast fits.
  const direct = PLACE_CATEGORIES.get(placementType);
  if (direct !== undefined) return direct;
  if (FOSTERING_WITH_OTHER_CARERS.has(placementType) && AGENCY_PROVIDERS.has(placementProvider ?? ''))
    return 'fostering-agency';
  const place = placementType.trim().toUpperCase();
  if (FOSTERING_WITH_OTHER_CARERS.has(place)) {
    const provider = placementProvider?.trim().toUpperCase() ?? '';
    return AGENCY_PROVIDERS.has(provider) ? 'fostering-agency' : 'fostering-in-house';
  }
  return CATEGORY_OF_PLACE[place] ?? 'other';
}

import * as z from 'zod';
import type { PlacementCategory } from './category.js';

/**
 * The placement groupings DfE uses in its "Children looked after in England" publications.
 * The first five are confirmed in DfE releases; the split of the residential and "other" groups
 * is as recalled from DfE tables and is unconfirmed.
 *
 * @example
 * DfeGrouping.parse('placed-for-adoption');
 */
export const DfeGrouping = z.enum([
  'foster-relative-or-friend',
  'foster-other-carer',
  'placed-for-adoption',
  'placed-with-parents',
  'secure-and-childrens-homes',
  'independent-and-supported-living',
  'residential-schools',
  'other-residential-settings',
  'other-placements',
]);
/** @see {@link DfeGrouping} */
export type DfeGrouping = z.infer<typeof DfeGrouping>;

const GROUPING_OF_PLACE: Readonly<Record<string, DfeGrouping>> = {
  U1: 'foster-relative-or-friend',
  U2: 'foster-relative-or-friend',
  U3: 'foster-relative-or-friend',
  U4: 'foster-other-carer',
  U5: 'foster-other-carer',
  U6: 'foster-other-carer',
  A3: 'placed-for-adoption',
  A4: 'placed-for-adoption',
  A5: 'placed-for-adoption',
  A6: 'placed-for-adoption',
  P1: 'placed-with-parents',
  K1: 'secure-and-childrens-homes',
  K2: 'secure-and-childrens-homes',
  H5: 'independent-and-supported-living',
  K3: 'independent-and-supported-living',
  P2: 'independent-and-supported-living',
  S1: 'residential-schools',
  R1: 'other-residential-settings',
  R2: 'other-residential-settings',
  R3: 'other-residential-settings',
  R5: 'other-residential-settings',
};

/**
 * The DfE publication grouping of an SSDA903 placement type (PLACE). R1, R2, R3 and R5 are
 * "other residential settings"; P3, T0–T4, Z1, Z11–Z14 and unknown codes are "other placements"
 * (DfE counts most children on temporary moves in their usual placement; unconfirmed).
 *
 * @example
 * dfeGroupingOf('U2'); // 'foster-relative-or-friend'
 * dfeGroupingOf('K3'); // 'independent-and-supported-living'
 */
export function dfeGroupingOf(placementType: string): DfeGrouping {
  return GROUPING_OF_PLACE[placementType.trim().toUpperCase()] ?? 'other-placements';
}

/**
 * The DfE grouping each {@link PlacementCategory} falls in: every PLACE code's category maps to the
 * grouping DfE publishes it in (R1, a residential care home, is a `health-setting`, in "other residential
 * settings"). Use {@link dfeGroupingOf} when the PLACE code is at hand.
 *
 * @example
 * CATEGORY_DFE_GROUPINGS['fostering-agency']; // 'foster-other-carer'
 */
export const CATEGORY_DFE_GROUPINGS: Readonly<Record<PlacementCategory, DfeGrouping>> = {
  'kinship-fostering': 'foster-relative-or-friend',
  'fostering-in-house': 'foster-other-carer',
  'fostering-agency': 'foster-other-carer',
  'placed-for-adoption': 'placed-for-adoption',
  'placed-with-parents': 'placed-with-parents',
  'childrens-home': 'secure-and-childrens-homes',
  'secure-childrens-home': 'secure-and-childrens-homes',
  'supported-accommodation': 'independent-and-supported-living',
  'independent-living': 'independent-and-supported-living',
  'residential-school': 'residential-schools',
  'health-setting': 'other-residential-settings',
  'youth-justice': 'other-residential-settings',
  temporary: 'other-placements',
  other: 'other-placements',
};

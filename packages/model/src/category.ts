import * as z from 'zod';

/**
 * Placewise's canonical placement categories: one vocabulary for SSDA903 placement types,
 * settings, vacancies, fees and benchmarks. See `categoryOf` for the mapping from PLACE + PLACE_PROVIDER.
 *
 * @example
 * PlacementCategory.parse('childrens-home');
 */
export const PlacementCategory = z.enum([
  'kinship-fostering',
  'fostering-in-house',
  'fostering-agency',
  'placed-for-adoption',
  'placed-with-parents',
  'childrens-home',
  'secure-childrens-home',
  'supported-accommodation',
  'independent-living',
  'residential-school',
  'health-setting',
  'youth-justice',
  'temporary',
  'other',
]);
/** @see {@link PlacementCategory} */
export type PlacementCategory = z.infer<typeof PlacementCategory>;

/**
 * Plain-English labels for each {@link PlacementCategory}, for tables and pages.
 *
 * @example
 * CATEGORY_LABELS['fostering-agency']; // 'Fostering: agency'
 */
export const CATEGORY_LABELS: Readonly<Record<PlacementCategory, string>> = {
  'kinship-fostering': 'Kinship fostering (relative or friend)',
  'fostering-in-house': 'Fostering: in-house',
  'fostering-agency': 'Fostering: agency',
  'placed-for-adoption': 'Placed for adoption',
  'placed-with-parents': 'Placed with parents',
  'childrens-home': 'Children’s home',
  'secure-childrens-home': 'Secure children’s home',
  'supported-accommodation': 'Supported accommodation',
  'independent-living': 'Independent living',
  'residential-school': 'Residential school',
  'health-setting': 'Health setting',
  'youth-justice': 'Youth justice',
  temporary: 'Temporary placement',
  other: 'Other placement',
};

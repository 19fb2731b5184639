import { z } from 'zod';

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

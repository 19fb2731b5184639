import * as z from 'zod';

/**
 * The soft criteria a vacancy is scored on, in the order explanations list them. Each gives a value in
 * 0..1 and carries a weight from the {@link MatchPolicy}.
 *
 * - `distance-home`, `distance-school`, `important-locations`, `preferred-location`: straight-line
 *   distance by the DfE method (CA 1989 s22C(7)(b)/(8)(a)–(b): near home, education not disrupted).
 * - `own-authority`: inside the responsible authority's area (s22C(9)).
 * - `siblings-together`: room for the whole sibling group (s22C(8)(c); Scotland LAC Regs reg 5A).
 * - `placement-type`: the referral's PlacementRecommendation and the s22C(5)–(7) order of preference.
 * - `ofsted`, `cost`, `communication`, `faith`, `pets`, `adaptations`, `staffing`: the Placements Data
 *   Standard v2 requirements and quality measures.
 *
 * @example
 * Criterion.options.length; // 14
 */
export const Criterion = z.enum([
  'distance-home',
  'distance-school',
  'important-locations',
  'preferred-location',
  'own-authority',
  'siblings-together',
  'placement-type',
  'ofsted',
  'cost',
  'communication',
  'faith',
  'pets',
  'adaptations',
  'staffing',
]);
/** @see {@link Criterion} */
export type Criterion = z.infer<typeof Criterion>;

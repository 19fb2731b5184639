import type { PlacementCategory } from '@placewise/model';

/**
 * Placement categories that are not places: kinship foster care, placement for adoption and placement with
 * parents. The child lives with family or adopters, so there is no local place to count, and these rows have
 * no shortfall and no want of local provision.
 *
 * @example
 * NOT_PLACES.has('kinship-fostering'); // true
 */
export const NOT_PLACES: ReadonlySet<PlacementCategory> = new Set([
  'kinship-fostering',
  'placed-for-adoption',
  'placed-with-parents',
]);

/**
 * The one-sentence definitions of the gap table's two measures, as the report, the demo and the JSON
 * documentation print them. {@link shortfallOf} and {@link wantsLocalProvision} compute exactly these.
 *
 * @example
 * GAP_DEFINITIONS.shortfall;
 */
export const GAP_DEFINITIONS = {
  shortfall:
    'Shortfall: how many of the children of a placement type and age band looked after on the date could not be placed in the area even if every local place of that type registered for that age band were theirs (children less local places; none for kinship care, adoption or placement with parents, which are not places).',
  wantOfLocalProvision:
    'Want of local provision: some children of a placement type and age band are placed out of the area or more than the distance threshold from home, and on the date the area has no free place of that type for that age band (never for kinship care, adoption or placement with parents).',
} as const;

/** What the two measures read of a gap row. */
export interface GapMeasureInput {
  category: PlacementCategory;
  children: number;
  awayFromHome: number;
  localPlaces: number;
  localVacancies: number;
}

/**
 * The shortfall of a gap row as {@link GAP_DEFINITIONS} defines it.
 *
 * @example
 * shortfallOf({ category: 'childrens-home', children: 5, awayFromHome: 2, localPlaces: 3, localVacancies: 0 }); // 2
 */
export function shortfallOf(row: GapMeasureInput): number {
  if (NOT_PLACES.has(row.category)) return 0;
  return Math.max(0, row.children - row.localPlaces);
}

/**
 * Whether a gap row shows want of local provision as {@link GAP_DEFINITIONS} defines it.
 *
 * @example
 * wantsLocalProvision({ category: 'childrens-home', children: 5, awayFromHome: 2, localPlaces: 3, localVacancies: 0 }); // true
 */
export function wantsLocalProvision(row: GapMeasureInput): boolean {
  return !NOT_PLACES.has(row.category) && row.awayFromHome > 0 && row.localVacancies === 0;
}

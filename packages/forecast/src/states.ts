import { categoryOf } from '@placewise/model';

/**
 * An age band of a flow model: whole years from `minAge` up to the next band's `minAge`.
 * The last band is open above, so a young person recorded in care after 18 stays in it.
 *
 * @example
 * const band: AgeBand = { label: '10-15', minAge: 10 };
 */
export interface AgeBand {
  label: string;
  minAge: number;
}

/**
 * The default age bands: 0–4, 5–9, 10–15 and 16–17 (the bands of the DfE's children looked after tables).
 *
 * @example
 * DEFAULT_AGE_BANDS.map((b) => b.label); // ['0-4', '5-9', '10-15', '16-17']
 */
export const DEFAULT_AGE_BANDS: readonly AgeBand[] = [
  { label: '0-4', minAge: 0 },
  { label: '5-9', minAge: 5 },
  { label: '10-15', minAge: 10 },
  { label: '16-17', minAge: 16 },
];

/**
 * Which forecast category each placement falls in: keys are SSDA903 PLACE codes (`K2`) or model
 * placement categories (`childrens-home`), values are forecast category names. A PLACE code key wins
 * over a category key; a placement matched by neither goes to `other`.
 *
 * @example
 * const categories: ForecastCategories = { K2: 'residential', R1: 'residential', 'fostering-agency': 'fostering' };
 */
export type ForecastCategories = Readonly<Record<string, string>>;

/**
 * The default forecast categories: fostering (kinship, in-house, agency), residential (children's homes,
 * secure children's homes), supported (supported accommodation, independent living), and other
 * (everything else, including adoption and placed with parents). Temporary moves (T0–T4) are not placements:
 * they count in the placement they interrupt. Close to the data-to-insight demand model's FOSTERING /
 * RESIDENTIAL / SUPPORTED groups.
 *
 * @example
 * DEFAULT_FORECAST_CATEGORIES['fostering-agency']; // 'fostering'
 */
export const DEFAULT_FORECAST_CATEGORIES: ForecastCategories = {
  'kinship-fostering': 'fostering',
  'fostering-in-house': 'fostering',
  'fostering-agency': 'fostering',
  'childrens-home': 'residential',
  'secure-childrens-home': 'residential',
  'supported-accommodation': 'supported',
  'independent-living': 'supported',
};

/**
 * The category a placement falls in when the map names neither its PLACE code nor its category.
 *
 * @example
 * const states = model.states.filter((s) => s.category !== OTHER_CATEGORY);
 */
export const OTHER_CATEGORY = 'other';

/**
 * One state of a flow model: an age band and a forecast category.
 *
 * @example
 * const state: FlowState = { id: '10-15/fostering', bandIndex: 2, band: '10-15', category: 'fostering' };
 */
export interface FlowState {
  id: string;
  bandIndex: number;
  band: string;
  category: string;
}

/**
 * Lists the forecast categories a map yields, in first-mention order, with `other` last.
 *
 * @example
 * listCategories(DEFAULT_FORECAST_CATEGORIES); // ['fostering', 'residential', 'supported', 'other']
 */
export function listCategories(categories: ForecastCategories): string[] {
  const names = [...new Set(Object.values(categories))].filter((name) => name !== OTHER_CATEGORY);
  return [...names, OTHER_CATEGORY];
}

/**
 * Builds the states of a flow model: every age band crossed with every category, band-major.
 *
 * @example
 * listStates(DEFAULT_AGE_BANDS, ['fostering', 'other']).length; // 8
 */
export function listStates(ageBands: readonly AgeBand[], categories: readonly string[]): FlowState[] {
  return ageBands.flatMap((band, bandIndex) =>
    categories.map((category) => ({
      id: `${band.label}/${category}`,
      bandIndex,
      band: band.label,
      category,
    })),
  );
}

/**
 * Returns a function giving the forecast category of a placement (PLACE code and PLACE_PROVIDER).
 *
 * @example
 * categorise(DEFAULT_FORECAST_CATEGORIES)('U4', 'PR1'); // 'fostering'
 */
export function categorise(
  categories: ForecastCategories,
): (placementType: string, provider?: string) => string {
  const cache = new Map<string, string>();
  return (placementType, provider) => {
    const key = `${placementType}|${provider ?? ''}`;
    let found = cache.get(key);
    if (found === undefined) {
      found = categories[placementType] ?? categories[categoryOf(placementType, provider)] ?? OTHER_CATEGORY;
      cache.set(key, found);
    }
    return found;
  };
}

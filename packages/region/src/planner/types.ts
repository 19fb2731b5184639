import type { GridPoint } from '@placewise/model';

/** A child placed away: where home is, how far the placement is now and (for the cost objective) its weekly cost. */
export interface PlannerChild {
  home: GridPoint;
  /** Miles from home now; `null` when not known (placed outside the region with no distance). */
  currentMiles: number | null;
  /** The current placement's weekly cost, when known. */
  weeklyCost?: number;
}

/** A place where new places could be added: a postcode sector (or district) and its grid point. */
export interface Candidate {
  id: string;
  point: GridPoint;
}

/** The kind of place added: children's home places (homes of 2 to 4) or foster households. */
export type PlaceType = 'childrens-home' | 'foster-household';

/** What the planner maximises: children brought within the distance, or the weekly cost saved. */
export type PlanObjective = 'distance' | 'cost';

/** Options for {@link planCapacity}. */
export interface PlanCapacityOptions {
  /** How many places to add. */
  places: number;
  type: PlaceType;
  /** Default `distance`. */
  objective?: PlanObjective;
  /** Miles from home that counts as near. Default 20 (DfE's band). */
  withinMiles?: number;
  /** Weekly cost of one added place; required for the `cost` objective and for `costChange`. */
  placeWeeklyCost?: number;
  /** Smallest and largest number of places at one candidate. Default 2–4 for homes, 1–3 for foster households. */
  placesPerSite?: { min: number; max: number };
  /** Search every plan exactly when there are at most this many. Default 20,000. */
  exactLimit?: number;
}

/** One added place, in the order the planner added it, with what it added. */
export interface AddedPlace {
  candidate: string;
  /** The objective's gain from this place (children brought within the distance, or weekly cost saved). */
  marginalValue: number;
}

/** The planner's recommendation. */
export interface CapacityPlan {
  /** Places at each candidate used, largest first. */
  sites: { candidate: string; places: number; children: number }[];
  added: AddedPlace[];
  /** Children the plan brings within the distance (placed in the added places). */
  childrenBroughtBack: number;
  milesSaved: number;
  /** Weekly cost change if the assigned children move (negative saves); `null` when costs are not known. */
  costChange: number | null;
  /** The objective's value, an upper bound on the best possible and the relative gap (0 = proven best). */
  value: number;
  bound: number;
  gap: number;
  method: 'exhaustive' | 'greedy';
}

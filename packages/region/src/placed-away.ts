import type { GssCode, Placement, PostcodeLocator } from '@placewise/model';
import { placementsOpenAt } from './placed-at.js';
import type { PlannerChild } from './planner/types.js';
import type { ReadAuthority } from './read-authority.js';

/** Options for {@link childrenPlacedAway}. */
export interface ChildrenPlacedAwayOptions {
  /** The day the children are counted (31 March of the year). */
  date: string;
  /** Locates home postcodes (their grid point is where the child's home is). */
  locator: PostcodeLocator;
  /** Miles from home beyond which a child counts as placed away. Default 20. */
  withinMiles?: number;
  /** The weekly cost of a placement, when known (e.g. from fee records), for the cost objective. */
  weeklyCostOf?: (placement: Placement, authority: GssCode) => number | undefined;
}

/**
 * The region's children placed away on a date, as the planner takes them: placed outside the region's
 * authorities, or more than `withinMiles` from home. Children whose home does not locate cannot be planned
 * for and are counted in `unlocated`. No identifiers are carried.
 *
 * @example
 * const { children } = childrenPlacedAway(read, { date: '2025-03-31', locator: createSectorLocator() });
 * planCapacity(children, candidates, { places: 12, type: 'childrens-home' });
 */
export function childrenPlacedAway(
  read: readonly ReadAuthority[],
  options: ChildrenPlacedAwayOptions,
): { children: PlannerChild[]; unlocated: number } {
  const region = new Set<string>(read.map((a) => a.gss));
  const children: PlannerChild[] = [];
  let unlocated = 0;
  for (const a of read) {
    const own = placedAwayOf(a, region, options);
    for (const child of own.children) children.push(child);
    unlocated += own.unlocated;
  }
  return { children, unlocated };
}

/**
 * One authority's children placed away from a region (the region's codes given). Internal: what
 * {@link childrenPlacedAway} gathers, authority by authority.
 *
 * @example
 * placedAwayOf(read[0], new Set(read.map((a) => a.gss)), { date: '2025-03-31', locator });
 */
export function placedAwayOf(
  a: ReadAuthority,
  region: ReadonlySet<string>,
  options: ChildrenPlacedAwayOptions,
): { children: PlannerChild[]; unlocated: number } {
  const within = options.withinMiles ?? 20;
  const children: PlannerChild[] = [];
  let unlocated = 0;
  for (const p of placementsOpenAt(a.dataset.placements, options.date)) {
    if (p.category === 'placed-with-parents' || p.category === 'placed-for-adoption') continue;
    const outside = p.placementAuthority !== undefined && !region.has(p.placementAuthority);
    const far = p.distanceMiles !== undefined && p.distanceMiles > within;
    if (!outside && !far) continue;
    const home = p.homePostcode ? options.locator.locate(p.homePostcode) : undefined;
    if (!home) {
      unlocated += 1;
      continue;
    }
    const cost = options.weeklyCostOf?.(p, a.gss);
    children.push({
      home: home.point,
      currentMiles: p.distanceMiles ?? null,
      ...(cost !== undefined ? { weeklyCost: cost } : {}),
    });
  }
  return { children, unlocated };
}

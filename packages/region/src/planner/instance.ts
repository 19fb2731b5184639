import { distanceMiles } from '@placewise/model';
import type { Candidate, PlanCapacityOptions, PlannerChild } from './types.js';

/** The planner's problem in arrays: each child's weight, each site's eligible children and their distances. */
export interface Instance {
  weight: Float64Array;
  /** For each site, the children who would be within the distance (and nearer than now) there. */
  eligible: Int32Array[];
  miles: Float64Array[];
  min: number;
  max: number;
}

/** Builds the arrays once: O(children × candidates) distances. Internal. */
export function buildInstance(
  children: readonly PlannerChild[],
  candidates: readonly Candidate[],
  options: PlanCapacityOptions,
): Instance {
  const within = options.withinMiles ?? 20;
  const objective = options.objective ?? 'distance';
  const weight = new Float64Array(children.length);
  children.forEach((c, i) => {
    weight[i] =
      objective === 'distance'
        ? 1
        : c.weeklyCost === undefined
          ? 0
          : Math.max(0, c.weeklyCost - (options.placeWeeklyCost ?? 0));
  });
  const eligible: Int32Array[] = [];
  const miles: Float64Array[] = [];
  for (const site of candidates) {
    const ids: number[] = [];
    const d: number[] = [];
    children.forEach((c, i) => {
      if ((weight[i] as number) <= 0) return;
      const m = distanceMiles(c.home, site.point);
      if (m <= within && (c.currentMiles === null || m < c.currentMiles)) {
        ids.push(i);
        d.push(m);
      }
    });
    eligible.push(Int32Array.from(ids));
    miles.push(Float64Array.from(d));
  }
  const defaults = options.type === 'childrens-home' ? { min: 2, max: 4 } : { min: 1, max: 3 };
  const per = options.placesPerSite ?? defaults;
  return { weight, eligible, miles, min: Math.max(1, per.min), max: Math.max(per.min, per.max) };
}

/**
 * Children (or placements) by DfE's distance and locality bands: inside or outside the responsible authority's
 * boundary × 20 miles or less / over 20 miles, and "distance not known or not recorded" (mostly UASC, whose
 * postcodes are not collected, and missing or unlocatable postcodes). A placement whose distance is known but
 * locality is not is counted as not known, so the five bands add up to `total`.
 * See DfE "Children looked after in England: a focus on placement location" (2024) and its methodology.
 */
export interface DistanceLocality {
  inside20OrLess: number;
  insideOver20: number;
  outside20OrLess: number;
  outsideOver20: number;
  notKnown: number;
  total: number;
}

/** The band keys of {@link DistanceLocality}, in DfE's order. */
export type DistanceLocalityBand = Exclude<keyof DistanceLocality, 'total'>;

/**
 * The DfE band of one placement: over 20 miles means strictly more than 20.0 (distances are 1 dp).
 *
 * @example
 * distanceLocalityBandOf({ distanceMiles: 20, locality: 'OUT' }); // 'outside20OrLess'
 */
export function distanceLocalityBandOf(facts: {
  distanceMiles?: number | undefined;
  locality?: 'IN' | 'OUT' | undefined;
}): DistanceLocalityBand {
  if (facts.distanceMiles === undefined || facts.locality === undefined) return 'notKnown';
  const far = facts.distanceMiles > 20;
  if (facts.locality === 'IN') return far ? 'insideOver20' : 'inside20OrLess';
  return far ? 'outsideOver20' : 'outside20OrLess';
}

/** An all-zero {@link DistanceLocality}. */
export function emptyDistanceLocality(): DistanceLocality {
  return { inside20OrLess: 0, insideOver20: 0, outside20OrLess: 0, outsideOver20: 0, notKnown: 0, total: 0 };
}

/**
 * Whether distance or locality is not known for most of the children counted (or none are counted): such a
 * table says nothing about how many are placed away, and is shown as unknown rather than as 0%.
 *
 * @example
 * isMostlyUnknown({ inside20OrLess: 1, insideOver20: 0, outside20OrLess: 0, outsideOver20: 0, notKnown: 9, total: 10 }); // true
 */
export function isMostlyUnknown(bands: DistanceLocality): boolean {
  return bands.total === 0 || bands.notKnown * 2 > bands.total;
}

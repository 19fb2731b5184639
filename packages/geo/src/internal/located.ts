import type { GridPoint, LocatedPostcode } from '@placewise/model';
import { upperTierAuthorityOf } from '../authorities.js';
import { nationOfCode } from './nation.js';

/** The key with the largest tally, the lowest key on a tie, so a district split between authorities resolves the same way every time. */
export function mostTallied(tally: ReadonlyMap<number, number>): number {
  return [...tally.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

/** A located postcode in a lower-tier authority, or `undefined` where the code is in no UK nation of the model. */
export function locatedIn(
  postcode: string,
  point: GridPoint,
  lowerTier: string,
  precision: LocatedPostcode['precision'],
): LocatedPostcode | undefined {
  const nation = nationOfCode(lowerTier);
  if (!nation) return undefined;
  return {
    postcode,
    point,
    authority: upperTierAuthorityOf(lowerTier),
    lowerTierAuthority: lowerTier,
    nation,
    precision,
  };
}

import type { Episode } from '@placewise/model';
import { isShortBreak, isTemporaryPlacement } from '@placewise/ssda903';

/**
 * The episode that says where a child lives at the end of `date`: the last one on or before it in the period
 * of care begun on `periodStart`, leaving out short breaks (V3/V4) and, where there is an earlier episode,
 * temporary moves (T0–T4): a child on a temporary move counts in the placement left, as `derivePlacements`
 * holds it. Not a derivation of placements: it picks the episode whose PLACE and CIN describe the child.
 */
export function usualEpisode(
  episodes: readonly Episode[],
  periodStart: string,
  date: string,
): Episode | undefined {
  let found: Episode | undefined;
  for (const e of episodes) {
    if (e.start > date) break;
    if (e.start < periodStart || isShortBreak(e)) continue;
    if (!found || !isTemporaryPlacement(e.placementType) || isTemporaryPlacement(found.placementType))
      found = e;
  }
  return found;
}

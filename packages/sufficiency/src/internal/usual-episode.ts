import type { Episode } from '@placewise/model';

const TEMPORARY: ReadonlySet<string> = new Set(['T0', 'T1', 'T2', 'T3', 'T4']);

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
    if (e.start < periodStart || e.legalStatus === 'V3' || e.legalStatus === 'V4') continue;
    if (!found || !TEMPORARY.has(e.placementType) || TEMPORARY.has(found.placementType)) found = e;
  }
  return found;
}

import type { GssCode, Placement, PostcodeLocator } from '@placewise/model';
import { categoryOf, distanceMiles } from '@placewise/model';
import { isoOf } from './day.js';
import type { ChildHistory } from './history.js';

/**
 * The placements of a child's history with the fields DfE derives (distance home→placement from
 * sector centroids, placement authority, in or out of area), and the setting each is in.
 */
export function placementsOf(
  history: ChildHistory,
  authority: GssCode,
  locator: PostcodeLocator,
): Placement[] {
  const home = history.homePostcode ? locator.locate(history.homePostcode) : undefined;
  return history.runs.map((run) => {
    const p = run.placement;
    const where = p.postcode ? locator.locate(p.postcode) : undefined;
    const start = isoOf(run.start);
    return {
      id: `${history.child.id}/${start}`,
      childId: history.child.id,
      start,
      ...(run.end !== undefined ? { end: isoOf(run.end) } : {}),
      placementType: p.type,
      category: categoryOf(p.type, p.provider),
      ...(p.provider ? { placementProvider: p.provider } : {}),
      ...(p.urn ? { urn: p.urn } : {}),
      ...(history.homePostcode ? { homePostcode: history.homePostcode } : {}),
      ...(p.postcode ? { placementPostcode: p.postcode } : {}),
      episodeCount: run.episodeCount,
      ...(home && where ? { distanceMiles: distanceMiles(home.point, where.point) } : {}),
      ...(where
        ? { placementAuthority: where.authority, locality: where.authority === authority ? 'IN' : 'OUT' }
        : {}),
      ...(p.pooled ? { settingId: p.pooled.setting.id } : {}),
    } satisfies Placement;
  });
}

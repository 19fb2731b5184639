import type { GssCode, Placement, PostcodeLocator } from '@placewise/model';
import { derivePlacements } from '@placewise/ssda903';
import { isoOf } from './day.js';
import type { ChildHistory, PlacementRun } from './history.js';

/**
 * The placements of a child's history as `derivePlacements` (the one derivation, `@placewise/ssda903`) makes
 * them from the generated episodes, with DfE's derived fields (distance home→placement from sector centroids,
 * placement authority, in or out of area), each with the setting and the simulated run it was drawn from (the
 * last run begun on or before the placement's start).
 */
export function placementsOf(
  history: ChildHistory,
  authority: GssCode,
  locator: PostcodeLocator,
): { placement: Placement; run: PlacementRun | undefined }[] {
  const { value } = derivePlacements(history.episodes, { locator, responsibleAuthority: authority });
  let r = 0;
  return value.map((placement) => {
    while (
      r + 1 < history.runs.length &&
      isoOf((history.runs[r + 1] as PlacementRun).start) <= placement.start
    )
      r++;
    const run = history.runs[r];
    const pooled = run && isoOf(run.start) <= placement.start ? run.placement.pooled : undefined;
    if (pooled) placement.settingId = pooled.setting.id;
    return { placement, run: pooled ? run : undefined };
  });
}

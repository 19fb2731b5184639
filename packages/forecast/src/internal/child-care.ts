import type { Episode } from '@placewise/model';
import { isTemporaryPlacement } from '@placewise/ssda903';

/**
 * One child's periods of care and placement starts, as `derivePeriodsOfCare` and `derivePlacements` of
 * `@placewise/ssda903` derive them from the same episodes (DfE's rules, see their `PLACEMENT_RULES`), kept
 * to what the forecast's pieces need: each period's DECOM and end, and the episode each placement starts
 * with. Filled again for each child (a region walks 440,000 episodes), so nothing is made per placement.
 */
export interface ChildCare {
  /** How many periods and placements the lists below hold (past these, entries left from another child). */
  periods: number;
  placementCount: number;
  periodStarts: string[];
  /** The period's last episode's DEC, or undefined while it is open. */
  periodEnds: (string | undefined)[];
  /** The first episode of each placement (its DECOM is the placement's start; PLACE and PLACE_PROVIDER its category's). */
  placements: Episode[];
}

/** Empty lists for {@link deriveChildCare} to fill. */
export function createChildCare(): ChildCare {
  return { periods: 0, placementCount: 0, periodStarts: [], periodEnds: [], placements: [] };
}

/**
 * Fills `into` with the periods and placements of `episodes[from, to)`: one child's episodes, ordered by
 * DECOM, short breaks already left out unless they are to count. A period begins at the first episode, at
 * RNE S, or where the previous episode did not end on this one's DECOM (rule `period-starts`). A temporary
 * move (T0–T4) is no placement (`temporary-not-a-placement`); after one, an episode back at the same PLACE and
 * PL_POST continues the placement left (`return-from-temporary-continues`); otherwise RNE L continues it and
 * any other RNE starts another (T and U too: `derivePlacements`' default `new-placement`).
 */
export function deriveChildCare(
  episodes: readonly Episode[],
  from: number,
  to: number,
  into: ChildCare,
): void {
  const { periodStarts, periodEnds, placements } = into;
  // Written over by index, not emptied: setting an array's length is a call into the engine, per child.
  let periods = 0;
  let count = 0;
  let previous: Episode | undefined;
  let current: Episode | undefined;
  let away = false;
  for (let i = from; i < to; i++) {
    const episode = episodes[i] as Episode;
    if (
      previous === undefined ||
      episode.reasonNewEpisode === 'S' ||
      previous.end === undefined ||
      previous.end !== episode.start
    ) {
      if (previous !== undefined) periodEnds[periods - 1] = previous.end;
      periodStarts[periods++] = episode.start;
      current = undefined;
      away = false;
    }
    previous = episode;
    if (isTemporaryPlacement(episode.placementType)) {
      if (current) away = true;
      continue;
    }
    const continues =
      current !== undefined && (away ? returnsTo(episode, current) : episode.reasonNewEpisode === 'L');
    away = false;
    if (continues) continue;
    placements[count++] = episode;
    current = episode;
  }
  if (previous !== undefined) periodEnds[periods - 1] = previous.end;
  into.periods = periods;
  into.placementCount = count;
}

/** PL_POST without spaces, in capitals, as `derivePlacements` compares it. */
const squash = (p: string | undefined) => p?.replace(/\s+/g, '').toUpperCase() ?? '';

/** Back to the same PLACE and PL_POST as the placement left for a temporary move. */
function returnsTo(episode: Episode, left: Episode): boolean {
  return (
    episode.placementType === left.placementType &&
    squash(episode.placementPostcode) === squash(left.placementPostcode)
  );
}

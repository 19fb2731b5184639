import type { Episode } from '@placewise/model';
import type { derivePeriodsOfCare } from './derive-periods-of-care.js';
import type { derivePlacements } from './derive-placements.js';
import { isTemporaryPlacement, returnsTo, startsPeriod } from './internal/episode-order.js';

/**
 * One child's periods of care and placement starts, by the rules of {@link derivePeriodsOfCare} and
 * {@link derivePlacements} beside it (DfE's, see `PLACEMENT_RULES`), kept to what a caller walking every
 * child needs (the forecast's flows): each period's DECOM and end, and the episode each placement starts
 * with. Filled again for each child (a region walks 440,000 episodes), so nothing is made per placement.
 * A property test holds it to the two derivations; a change to their rules must change it too.
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

/**
 * Empty lists for {@link deriveChildCare} to fill, reused from one child to the next.
 *
 * @example
 * const care = createChildCare();
 */
export function createChildCare(): ChildCare {
  return { periods: 0, placementCount: 0, periodStarts: [], periodEnds: [], placements: [] };
}

/**
 * Fills `into` with the periods and placements of `episodes[from, to)`: one child's episodes, ordered by
 * DECOM (as `orderEpisodes` orders them), short breaks already left out unless they are to count. The
 * same periods as `derivePeriodsOfCare`, and the same placement starts as `derivePlacements` with its
 * default options, without making either. A period begins at the first episode, at
 * RNE S, or where the previous episode did not end on this one's DECOM (rule `period-starts`). A temporary
 * move (T0–T4) is no placement (`temporary-not-a-placement`); after one, an episode back at the same PLACE and
 * PL_POST continues the placement left (`return-from-temporary-continues`); otherwise RNE L continues it and
 * any other RNE starts another (T and U too: `derivePlacements`' default `new-placement`).
 *
 * @example
 * const care = createChildCare();
 * deriveChildCare(ordered, 0, ordered.length, care); // care.placementCount, care.placements[0]
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
    if (startsPeriod(episode, previous)) {
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

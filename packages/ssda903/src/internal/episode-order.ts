import type { Episode } from '@placewise/model';

function before(a: Episode, b: Episode): boolean {
  if (a.childId !== b.childId) return a.childId < b.childId;
  return a.start < b.start;
}

/**
 * The episodes ordered by child id, then start date (stable for equal starts). Input already in that order
 * (as returns and generators usually give it) is returned as it is, after one pass that checks it.
 */
export function orderEpisodes(episodes: readonly Episode[]): readonly Episode[] {
  let sorted = true;
  for (let i = 1; i < episodes.length; i++) {
    if (before(episodes[i] as Episode, episodes[i - 1] as Episode)) {
      sorted = false;
      break;
    }
  }
  if (sorted) return episodes;
  return episodes
    .map((episode, i) => ({ episode, i }))
    .sort((a, b) => {
      if (before(a.episode, b.episode)) return -1;
      if (before(b.episode, a.episode)) return 1;
      return a.i - b.i;
    })
    .map((x) => x.episode);
}

/** Legal statuses of an agreed series of short breaks (rule `short-breaks-left-out`). */
export const SHORT_BREAK_STATUSES: ReadonlySet<string> = new Set(['V3', 'V4']);

/**
 * Whether an episode is a short break (legal status V3 or V4), which DfE leaves out (rule `short-breaks-left-out`).
 *
 * @example
 * isShortBreak({ legalStatus: 'V3' }); // true
 */
export function isShortBreak(episode: { legalStatus: string }): boolean {
  return isShortBreakStatus(episode.legalStatus);
}

/**
 * Whether a legal status is one of {@link SHORT_BREAK_STATUSES}, compared as text: asked for every episode of
 * every derivation, where two comparisons of two characters cost less than hashing into the set.
 */
export function isShortBreakStatus(legalStatus: string): boolean {
  return legalStatus === 'V3' || legalStatus === 'V4';
}

/**
 * Whether a PLACE code is a temporary placement, T0–T4 (rule `temporary-not-a-placement`).
 *
 * @example
 * isTemporaryPlacement('T1'); // true
 */
export function isTemporaryPlacement(placementType: string): boolean {
  return TEMPORARY.has(placementType);
}

const TEMPORARY: ReadonlySet<string> = new Set(['T0', 'T1', 'T2', 'T3', 'T4']);

/**
 * Whether an episode begins a new period of care after `previous` (the child's last kept episode, if any):
 * rule `period-starts`.
 */
export function startsPeriod(episode: Episode, previous: Episode | undefined): boolean {
  return (
    previous === undefined ||
    previous.childId !== episode.childId ||
    episode.reasonNewEpisode === 'S' ||
    previous.end === undefined ||
    previous.end !== episode.start
  );
}

/** PL_POST without spaces, in capitals, as a return from a temporary move compares it. */
const squash = (p: string | undefined) => p?.replace(/\s+/g, '').toUpperCase() ?? '';

/**
 * Rule `return-from-temporary-continues`: back to the same PLACE and PL_POST as the placement left for a
 * temporary move (`derivePlacements` and `deriveChildCare`).
 */
export function returnsTo(episode: Episode, left: Episode): boolean {
  return (
    episode.placementType === left.placementType &&
    squash(episode.placementPostcode) === squash(left.placementPostcode)
  );
}

import type { Child, Episode, Issue } from '@placewise/model';
import { isShortBreak } from '@placewise/ssda903';
import type { LongitudinalHistory } from '../merge-returns.js';
import { compareEpisodes } from './episode-order.js';

/** The episodes a forecast can walk, ordered by child id then DECOM, and each child's header. */
export interface UsableEpisodes {
  episodes: Episode[];
  headers: Map<string, Child>;
  issues: Issue[];
}

/**
 * Checks episodes before they go to `@placewise/ssda903`'s derivation, which assumes clean input: an episode
 * with no header row (no age) or a DEC before its DECOM is left out with an error; short breaks are left out
 * (with one info issue) unless asked for, by `isShortBreak`; an episode still open, or running past the same
 * child's next DECOM, is cut at that DECOM (one warning), so a child is never in two places at once. Decides
 * nothing about placements or periods of care: the derivation does.
 */
export function usableEpisodes(
  history: LongitudinalHistory,
  options: { includeShortBreaks: boolean },
): UsableEpisodes {
  const issues: Issue[] = [];
  // Plain loops and one array kept and cut in place: a region runs this over 440,000 episodes. The kept ones
  // are written over a copy of the episodes made at its full size, then cut to their number (pushing grew an
  // array again and again).
  const headers = new Map<string, Child>();
  for (const child of history.children) headers.set(child.id, child);
  const kept = history.episodes.slice();
  let count = 0;
  let shortBreaks = 0;
  let lastChild: string | undefined;
  let lastKnown = false;
  let sorted = true;
  const given = history.episodes;
  for (let index = 0; index < given.length; index++) {
    const episode = given[index] as Episode;
    if (!options.includeShortBreaks && isShortBreak(episode)) {
      shortBreaks += 1;
      continue;
    }
    // A child's episodes mostly come together: one lookup per run of them, not one per episode.
    if (episode.childId !== lastChild) {
      lastChild = episode.childId;
      lastKnown = headers.has(lastChild);
    }
    if (!lastKnown) {
      issues.push(rowIssue('forecast.episode.no-child', index, 'CHILD', 'has no header row, so no age'));
      continue;
    }
    if (episode.end !== undefined && episode.end < episode.start) {
      issues.push(rowIssue('forecast.episode.ends-before-start', index, 'DEC', 'is before DECOM'));
      continue;
    }
    if (count > 0 && compareEpisodes(kept[count - 1] as Episode, episode) > 0) sorted = false;
    kept[count++] = episode;
  }
  kept.length = count;
  if (shortBreaks > 0) {
    issues.push({
      code: 'forecast.episode.short-break',
      severity: 'info',
      message: `${shortBreaks} short-break episode(s) (LS V3/V4) left out, as in the DfE's published figures.`,
      location: { table: 'Episodes', column: 'LS' },
    });
  }
  // Already in order (as `mergeReturns` gives it) in most uses: then only one pass.
  if (!sorted) kept.sort(compareEpisodes);
  let overlaps = 0;
  for (let i = 0; i + 1 < kept.length; i++) {
    const episode = kept[i] as Episode;
    const next = kept[i + 1] as Episode;
    if (next.childId !== episode.childId || (episode.end !== undefined && episode.end <= next.start))
      continue;
    overlaps += 1;
    kept[i] = { ...episode, end: next.start };
  }
  const episodes = kept;
  if (overlaps > 0) {
    issues.push({
      code: 'forecast.episode.overlap',
      severity: 'warning',
      message: `${overlaps} episode(s) were open or ran past the start of the same child's next episode: each was taken to end when the next began.`,
      location: { table: 'Episodes', column: 'DEC' },
    });
  }
  return { episodes, headers, issues };
}

function rowIssue(code: string, row: number, column: string, text: string): Issue {
  return {
    code,
    severity: 'error',
    message: `${column} ${text}: episode left out.`,
    location: { table: 'Episodes', column, path: ['episodes', row] },
  };
}

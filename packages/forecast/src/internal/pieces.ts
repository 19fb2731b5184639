import type { Child, Episode, Issue } from '@placewise/model';
import type { LongitudinalHistory } from '../merge-returns.js';
import { toDay } from './day.js';

/**
 * One episode as day numbers and a category index; `end` is exclusive and absent while open.
 * `startsPeriod`: the episode begins a period of care (an entry), rather than continuing one.
 */
export interface Piece {
  start: number;
  end: number | undefined;
  category: number;
  startsPeriod: boolean;
}

/** A child's date of birth and episodes in order, each ending no later than the next begins. */
export interface ChildPieces {
  dateOfBirth: string;
  pieces: Piece[];
}

export interface GroupPiecesOptions {
  categoryIndexOf: (episode: Episode) => number;
  includeShortBreaks: boolean;
}

const SHORT_BREAKS = new Set(['V3', 'V4']);

/**
 * THE one place the forecast decides, by itself, which episodes count and where periods of care begin:
 * short breaks (LS V3/V4) are left out unless asked for; an episode that begins on the day the child's
 * previous one ended continues the period of care, any other begins one (a gap is a leaving and a new
 * entry); an episode still open, or running past the next one's DECOM, is cut at that DECOM. Temporary
 * placements (PLACE T0–T4) are kept as episodes in their category (`other` by default).
 * When `@placewise/ssda903`'s `derivePeriodsOfCare` (issue 12) lands, point this function at it so the
 * forecast and the indicators share one definition.
 */
export function groupPieces(
  history: LongitudinalHistory,
  options: GroupPiecesOptions,
): { children: ChildPieces[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const headers = new Map<string, Child>(history.children.map((c) => [c.id, c]));
  const byChild = new Map<string, ChildPieces>();
  let shortBreaks = 0;
  history.episodes.forEach((episode, index) => {
    if (!options.includeShortBreaks && SHORT_BREAKS.has(episode.legalStatus)) {
      shortBreaks += 1;
      return;
    }
    const header = headers.get(episode.childId);
    if (!header) {
      issues.push(
        episodeIssue(
          'forecast.episode.no-child',
          index,
          'CHILD',
          'has no header row, so no age: episode left out.',
        ),
      );
      return;
    }
    const start = toDay(episode.start);
    const end = episode.end === undefined ? undefined : toDay(episode.end);
    if (end !== undefined && end < start) {
      issues.push(
        episodeIssue(
          'forecast.episode.ends-before-start',
          index,
          'DEC',
          'is before DECOM: episode left out.',
        ),
      );
      return;
    }
    const child = byChild.get(episode.childId) ?? { dateOfBirth: header.dateOfBirth, pieces: [] };
    child.pieces.push({ start, end, category: options.categoryIndexOf(episode), startsPeriod: true });
    byChild.set(episode.childId, child);
  });
  if (shortBreaks > 0) {
    issues.push({
      code: 'forecast.episode.short-break',
      severity: 'info',
      message: `${shortBreaks} short-break episode(s) (LS V3/V4) left out, as in the DfE's published figures.`,
      location: { table: 'Episodes', column: 'LS' },
    });
  }
  let overlaps = 0;
  for (const child of byChild.values()) {
    child.pieces.sort((a, b) => a.start - b.start);
    for (let i = 0; i + 1 < child.pieces.length; i++) {
      const piece = child.pieces[i] as Piece;
      const next = child.pieces[i + 1] as Piece;
      if (piece.end === undefined || piece.end > next.start) {
        overlaps += 1;
        piece.end = next.start;
      }
      next.startsPeriod = piece.end !== next.start;
    }
  }
  if (overlaps > 0) {
    issues.push({
      code: 'forecast.episode.overlap',
      severity: 'warning',
      message: `${overlaps} episode(s) were open or ran past the start of the same child's next episode: each was taken to end when the next began.`,
      location: { table: 'Episodes', column: 'DEC' },
    });
  }
  return { children: [...byChild.values()], issues };
}

function episodeIssue(code: string, row: number, column: string, text: string): Issue {
  return {
    code,
    severity: 'error',
    message: `${column} ${text}`,
    location: { table: 'Episodes', column, path: ['episodes', row] },
  };
}

import type { Episode, Issue, Placement } from '@placewise/model';
import { derivePeriodsOfCare, derivePlacements, type PeriodOfCare } from '@placewise/ssda903';
import type { LongitudinalHistory } from '../merge-returns.js';
import { toDay } from './day.js';
import { usableEpisodes } from './usable-episodes.js';

/**
 * A stretch of a child's care in one forecast category, as day numbers; `end` is exclusive and absent while
 * open. `startsPeriod`: the piece begins a period of care (an entry), rather than continuing one.
 */
export interface Piece {
  start: number;
  end: number | undefined;
  category: number;
  startsPeriod: boolean;
}

/** A child's date of birth and pieces in order, each ending when the next begins within a period of care. */
export interface ChildPieces {
  dateOfBirth: string;
  pieces: Piece[];
}

export interface GroupPiecesOptions {
  /** The forecast category index of a placement (or episode): its PLACE and PLACE_PROVIDER. */
  categoryIndexOf: (placement: { placementType: string; placementProvider?: string | undefined }) => number;
  includeShortBreaks: boolean;
}

/**
 * Each child's care as pieces, taken from `@placewise/ssda903`'s one derivation: the periods of care of
 * `derivePeriodsOfCare` (entries and leavings) and, inside each, the placements of `derivePlacements` (moves),
 * so the forecast counts placements and periods exactly as the indicators do. A placement runs until the next
 * placement of its period begins, or until the period ends: a temporary move (T0–T4) belongs to the placement
 * it interrupts, returned to or not. Days of a period before its first placement (it began with a temporary
 * move, or holds nothing else) are one piece in the category of the period's first episode. Episodes are
 * checked first by {@link usableEpisodes} (no header, DEC before DECOM, short breaks, overlaps).
 */
export function groupPieces(
  history: LongitudinalHistory,
  options: GroupPiecesOptions,
): { children: ChildPieces[]; issues: Issue[] } {
  const { episodes, headers, issues } = usableEpisodes(history, options);
  const derive = { includeShortBreaks: options.includeShortBreaks };
  const periods = derivePeriodsOfCare(episodes, derive);
  const placements = derivePlacements(episodes, derive).value;
  const children: ChildPieces[] = [];
  let e = 0;
  let q = 0;
  let p = 0;
  while (p < periods.length) {
    const childId = (periods[p] as PeriodOfCare).childId;
    const pieces: Piece[] = [];
    while (q < placements.length && (placements[q] as Placement).childId < childId) q++;
    while (e < episodes.length && (episodes[e] as Episode).childId < childId) e++;
    for (; p < periods.length && (periods[p] as PeriodOfCare).childId === childId; p++) {
      const period = periods[p] as PeriodOfCare;
      const next = periods[p + 1];
      const nextStart = next?.childId === childId ? next.start : undefined;
      // The period's first episode, for a period that does not begin with a placement.
      while ((episodes[e] as Episode).start < period.start) e++;
      const first = q;
      while (
        q < placements.length &&
        (placements[q] as Placement).childId === childId &&
        (nextStart === undefined || (placements[q] as Placement).start < nextStart)
      )
        q++;
      addPieces(pieces, period, placements, first, q, episodes[e] as Episode, options);
    }
    const header = headers.get(childId);
    if (header) children.push({ dateOfBirth: header.dateOfBirth, pieces });
  }
  return { children, issues };
}

/** The pieces of one period of care: `placements[from]` up to `placements[to]` are the placements in it. */
function addPieces(
  pieces: Piece[],
  period: PeriodOfCare,
  placements: readonly Placement[],
  from: number,
  to: number,
  firstEpisode: Episode,
  options: GroupPiecesOptions,
): void {
  const periodStart = toDay(period.start);
  const end = period.end === undefined ? undefined : toDay(period.end);
  let start = from < to ? toDay((placements[from] as Placement).start) : undefined;
  if (start === undefined || start > periodStart) {
    const category = options.categoryIndexOf(firstEpisode);
    pieces.push({ start: periodStart, end: start ?? end, category, startsPeriod: true });
  }
  for (let i = from; i < to; i++) {
    const placement = placements[i] as Placement;
    const after = i + 1 < to ? toDay((placements[i + 1] as Placement).start) : end;
    const startsPeriod = i === from && start === periodStart;
    pieces.push({
      start: start as number,
      end: after,
      category: options.categoryIndexOf(placement),
      startsPeriod,
    });
    start = after;
  }
}

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
  for (let p = 0; p < periods.length; ) {
    const childId = (periods[p] as PeriodOfCare).childId;
    const own: PeriodOfCare[] = [];
    for (; p < periods.length && (periods[p] as PeriodOfCare).childId === childId; p++)
      own.push(periods[p] as PeriodOfCare);
    while (e < episodes.length && (episodes[e] as Episode).childId !== childId) e++;
    const first = new Map<string, Episode>();
    for (; e < episodes.length && (episodes[e] as Episode).childId === childId; e++) {
      const episode = episodes[e] as Episode;
      if (!first.has(episode.start)) first.set(episode.start, episode);
    }
    while (q < placements.length && (placements[q] as Placement).childId !== childId) q++;
    const inPeriod: Placement[][] = own.map(() => []);
    for (let k = 0; q < placements.length && (placements[q] as Placement).childId === childId; q++) {
      const placement = placements[q] as Placement;
      while (k + 1 < own.length && (own[k + 1] as PeriodOfCare).start <= placement.start) k++;
      inPeriod[k]?.push(placement);
    }
    const pieces = own.flatMap((period, k) =>
      piecesOf(period, inPeriod[k] as Placement[], first.get(period.start) as Episode, options),
    );
    const header = headers.get(childId);
    if (header) children.push({ dateOfBirth: header.dateOfBirth, pieces });
  }
  return { children, issues };
}

function piecesOf(
  period: PeriodOfCare,
  placements: readonly Placement[],
  firstEpisode: Episode,
  options: GroupPiecesOptions,
): Piece[] {
  const end = period.end === undefined ? undefined : toDay(period.end);
  const starts = placements.map((p) => toDay(p.start));
  const pieces: Piece[] = [];
  const periodStart = toDay(period.start);
  const lead = starts[0];
  if (lead === undefined || lead > periodStart) {
    pieces.push({
      start: periodStart,
      end: lead ?? end,
      category: options.categoryIndexOf(firstEpisode),
      startsPeriod: true,
    });
  }
  placements.forEach((placement, i) => {
    pieces.push({
      start: starts[i] as number,
      end: starts[i + 1] ?? end,
      category: options.categoryIndexOf(placement),
      startsPeriod: pieces.length === 0,
    });
  });
  return pieces;
}

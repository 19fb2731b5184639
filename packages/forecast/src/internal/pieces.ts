import type { Episode, Issue } from '@placewise/model';
import { createChildCare, deriveChildCare } from '@placewise/ssda903';
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
 * Each child's care as pieces, counted as `@placewise/ssda903`'s one derivation counts it: the periods of
 * care of `derivePeriodsOfCare` (entries and leavings) and, inside each, the placements of `derivePlacements`
 * (moves), so the forecast counts placements and periods exactly as the indicators do (`deriveChildCare`
 * walks a child's episodes by the same rules, without making the placements; a test holds the two equal).
 * A placement runs until the next placement of its period begins, or until the period ends: a temporary
 * move (T0–T4) belongs to the placement it interrupts, returned to or not. Days of a period before its first
 * placement (it began with a temporary move, or holds nothing else) are one piece in the category of the
 * period's first episode. Episodes are checked first by {@link usableEpisodes} (no header, DEC before DECOM,
 * short breaks, overlaps).
 */
export function groupPieces(
  history: LongitudinalHistory,
  options: GroupPiecesOptions,
): { children: ChildPieces[]; issues: Issue[] } {
  const children: ChildPieces[] = [];
  const issues = walkPieces(history, options, (dateOfBirth, list) => {
    const pieces: Piece[] = [];
    for (let i = 0; i < list.count; i++) {
      const end = list.ends[i] as number;
      pieces.push({
        start: list.starts[i] as number,
        end: end === Number.POSITIVE_INFINITY ? undefined : end,
        category: list.categories[i] as number,
        startsPeriod: list.startsPeriod[i] === 1,
      });
    }
    children.push({ dateOfBirth, pieces });
  });
  return { children, issues };
}

/**
 * One child's pieces (see {@link Piece}) as parallel lists, the first `count` entries of each: `ends` holds
 * +Infinity for a piece still open, `startsPeriod` 1 for a piece that begins a period of care (else 0).
 * Written over for the next child. Typed arrays (grown by doubling), not JS arrays: an array's elements
 * kind changed with what it held (whole days, then +Infinity), and each change was a new hidden class for
 * the optimised code reading it to meet, deoptimise on and compile again.
 */
export interface PieceList {
  count: number;
  starts: Float64Array;
  ends: Float64Array;
  categories: Int32Array;
  startsPeriod: Uint8Array;
}

/** An empty {@link PieceList} with room for `capacity` pieces. */
function createPieceList(capacity: number): PieceList {
  return {
    count: 0,
    starts: new Float64Array(capacity),
    ends: new Float64Array(capacity),
    categories: new Int32Array(capacity),
    startsPeriod: new Uint8Array(capacity),
  };
}

/**
 * {@link groupPieces} child by child without keeping them: `visit` gets each child's date of birth and pieces
 * in one list written over for the next child (a region's fit walks 200,000 children, and an object per
 * piece and an array per child were most of what it allocated). Returns the issues of {@link usableEpisodes}.
 */
export function walkPieces(
  history: LongitudinalHistory,
  options: GroupPiecesOptions,
  visit: (dateOfBirth: string, pieces: PieceList) => void,
): Issue[] {
  const { episodes, headers, issues } = usableEpisodes(history, options);
  const care = createChildCare();
  const list = createPieceList(64);
  // Read once: the pieces are added with the function itself, not through the options object.
  const categoryIndexOf = options.categoryIndexOf;
  let a = 0;
  while (a < episodes.length) {
    const childId = (episodes[a] as Episode).childId;
    let b = a + 1;
    while (b < episodes.length && (episodes[b] as Episode).childId === childId) b++;
    const header = headers.get(childId);
    if (header) {
      deriveChildCare(episodes, a, b, care);
      list.count = 0;
      const { periods, placementCount, periodStarts, periodEnds, placements } = care;
      // Placements go to the period they start in, and a period's first episode is the first to begin on its
      // DECOM, both found by date as the derivation's lists were read.
      let e = a;
      let q = 0;
      for (let p = 0; p < periods; p++) {
        const start = periodStarts[p] as string;
        const nextStart = p + 1 < periods ? periodStarts[p + 1] : undefined;
        while ((episodes[e] as Episode).start < start) e++;
        const first = q;
        while (
          q < placementCount &&
          (nextStart === undefined || (placements[q] as Episode).start < nextStart)
        )
          q++;
        addPieces(list, start, periodEnds[p], placements, first, q, episodes[e] as Episode, categoryIndexOf);
      }
      visit(header.dateOfBirth, list);
    }
    a = b;
  }
  return issues;
}

/** Adds a piece to the list (grown when full); `end` undefined while open. */
function push(
  list: PieceList,
  start: number,
  end: number | undefined,
  category: number,
  startsPeriod: boolean,
) {
  const at = list.count++;
  if (at === list.starts.length) grow(list);
  list.starts[at] = start;
  list.ends[at] = end === undefined ? Number.POSITIVE_INFINITY : end;
  list.categories[at] = category;
  list.startsPeriod[at] = startsPeriod ? 1 : 0;
}

/** Doubles the list's room, keeping what it holds. */
function grow(list: PieceList): void {
  const larger = createPieceList(2 * list.starts.length);
  larger.starts.set(list.starts);
  larger.ends.set(list.ends);
  larger.categories.set(list.categories);
  larger.startsPeriod.set(list.startsPeriod);
  list.starts = larger.starts;
  list.ends = larger.ends;
  list.categories = larger.categories;
  list.startsPeriod = larger.startsPeriod;
}

/** The pieces of one period of care: `placements[from]` up to `placements[to]` begin the placements in it. */
function addPieces(
  list: PieceList,
  periodStartDate: string,
  periodEndDate: string | undefined,
  placements: readonly Episode[],
  from: number,
  to: number,
  firstEpisode: Episode,
  categoryIndexOf: GroupPiecesOptions['categoryIndexOf'],
): void {
  const periodStart = toDay(periodStartDate);
  const end = periodEndDate === undefined ? undefined : toDay(periodEndDate);
  // Most periods begin with a placement, whose DECOM is the period's own (the same text): read once.
  const firstStart = from < to ? (placements[from] as Episode).start : undefined;
  let start =
    firstStart === undefined ? undefined : firstStart === periodStartDate ? periodStart : toDay(firstStart);
  if (start === undefined || start > periodStart) {
    push(list, periodStart, start ?? end, categoryIndexOf(firstEpisode), true);
  }
  for (let i = from; i < to; i++) {
    const placement = placements[i] as Episode;
    const after = i + 1 < to ? toDay((placements[i + 1] as Episode).start) : end;
    const startsPeriod = i === from && start === periodStart;
    push(list, start as number, after, categoryIndexOf(placement), startsPeriod);
    start = after;
  }
}

import type { Child, Episode, Placement } from '@placewise/model';
import { derivePeriodsOfCare, derivePlacements, type PeriodOfCare } from '@placewise/ssda903';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LongitudinalHistory } from '../merge-returns.js';
import { fromDay, toDay } from './day.js';
import { type ChildPieces, type GroupPiecesOptions, groupPieces, type Piece } from './pieces.js';
import { resolveStates } from './prepare.js';
import { usableEpisodes } from './usable-episodes.js';

/**
 * The pieces as `groupPieces` once made them, from `derivePeriodsOfCare` and `derivePlacements` themselves:
 * every placement and period of the usable episodes, then each child's placements grouped by the period
 * they start in. `groupPieces` now walks each child's episodes by the same rules itself; this holds the two
 * equal, so a change to the derivation's rules that the forecast does not follow fails here.
 */
function piecesByDerivation(history: LongitudinalHistory, options: GroupPiecesOptions): ChildPieces[] {
  const { episodes, headers } = usableEpisodes(history, options);
  const derive = { includeShortBreaks: options.includeShortBreaks };
  const periods = derivePeriodsOfCare(episodes, derive);
  const placements = derivePlacements(episodes, derive).value;
  const children: ChildPieces[] = [];
  let [e, q, p] = [0, 0, 0];
  while (p < periods.length) {
    const childId = (periods[p] as PeriodOfCare).childId;
    const pieces: Piece[] = [];
    while (q < placements.length && (placements[q] as Placement).childId < childId) q++;
    while (e < episodes.length && (episodes[e] as Episode).childId < childId) e++;
    for (; p < periods.length && (periods[p] as PeriodOfCare).childId === childId; p++) {
      const period = periods[p] as PeriodOfCare;
      const next = periods[p + 1];
      const nextStart = next?.childId === childId ? next.start : undefined;
      while ((episodes[e] as Episode).start < period.start) e++;
      const first = q;
      while (
        q < placements.length &&
        (placements[q] as Placement).childId === childId &&
        (nextStart === undefined || (placements[q] as Placement).start < nextStart)
      )
        q++;
      const periodStart = toDay(period.start);
      const end = period.end === undefined ? undefined : toDay(period.end);
      let start = first < q ? toDay((placements[first] as Placement).start) : undefined;
      if (start === undefined || start > periodStart) {
        const category = options.categoryIndexOf(episodes[e] as Episode);
        pieces.push({ start: periodStart, end: start ?? end, category, startsPeriod: true });
      }
      for (let i = first; i < q; i++) {
        const after = i + 1 < q ? toDay((placements[i + 1] as Placement).start) : end;
        pieces.push({
          start: start as number,
          end: after,
          category: options.categoryIndexOf(placements[i] as Placement),
          startsPeriod: i === first && start === periodStart,
        });
        start = after;
      }
    }
    const header = headers.get(childId);
    if (header) children.push({ dateOfBirth: header.dateOfBirth, pieces });
  }
  return children;
}

// Few values of each field, so that the awkward cases come often: episodes beginning on the same day,
// RNE S inside a run, temporary moves (T0–T4) first in a period or returned from, PL_POST written with other
// spacing and case, short breaks, open episodes, a child with no header.
const start = toDay('2023-01-01');
const episodeOf = (childId: string) =>
  fc.record({
    childId: fc.constant(childId),
    startDay: fc.integer({ min: 0, max: 12 }),
    length: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
    reasonNewEpisode: fc.constantFrom('S', 'L', 'P', 'T', 'U', 'B'),
    legalStatus: fc.constantFrom('C2', 'C2', 'C2', 'V3', 'V4'),
    placementType: fc.constantFrom('U1', 'U4', 'K2', 'R1', 'T0', 'T1', 'T4'),
    placementProvider: fc.option(fc.constantFrom('PR0', 'PR1', 'PR4'), { nil: undefined }),
    placementPostcode: fc.option(fc.constantFrom('LS1 2AB', 'ls12ab', 'LS1  2AB', 'BD1 1AA'), {
      nil: undefined,
    }),
  });
const historyArb = fc
  .tuple(
    fc.array(episodeOf('A'), { maxLength: 8 }),
    fc.array(episodeOf('B'), { maxLength: 8 }),
    fc.array(episodeOf('C'), { maxLength: 3 }),
    fc.boolean(),
  )
  .map(([a, b, c, chained]): LongitudinalHistory => {
    let previousEnd: number | undefined;
    const episodes = [...a, ...b, ...c].map((x, i, all): Episode => {
      // Chained: each episode begins the day its child's previous one ends, as most returns run.
      const chain = chained && all[i - 1]?.childId === x.childId ? previousEnd : undefined;
      const day = chain ?? start + x.startDay;
      previousEnd = x.length === undefined ? undefined : day + x.length;
      const { startDay, length, placementProvider, placementPostcode, ...rest } = x;
      return {
        ...rest,
        start: fromDay(day),
        ...(length === undefined ? {} : { end: fromDay(day + length) }),
        categoryOfNeed: 'N1',
        ...(placementProvider ? { placementProvider } : {}),
        ...(placementPostcode ? { placementPostcode } : {}),
      };
    });
    const child = (id: string): Child => ({ id, sex: 'female', dateOfBirth: '2012-05-06', uasc: false });
    return { children: [child('A'), child('B')], episodes };
  });

describe('groupPieces', () => {
  it('gives the pieces of derivePeriodsOfCare and derivePlacements, short breaks kept or not', () => {
    fc.assert(
      fc.property(historyArb, fc.boolean(), (history, includeShortBreaks) => {
        const options = { ...resolveStates({ from: '2023-01-01', to: '2023-12-31' }), includeShortBreaks };
        expect(groupPieces(history, options).children).toEqual(piecesByDerivation(history, options));
      }),
      { numRuns: 3000 },
    );
  });

  it('counts a return from a temporary move to the same PLACE and PL_POST (spaced otherwise) as one placement', () => {
    const episode = (start: string, end: string | undefined, rest: Partial<Episode>): Episode => ({
      childId: 'A',
      start,
      ...(end ? { end } : {}),
      reasonNewEpisode: 'P',
      legalStatus: 'C2',
      categoryOfNeed: 'N1',
      placementType: 'U4',
      ...rest,
    });
    const history: LongitudinalHistory = {
      children: [{ id: 'A', sex: 'male', dateOfBirth: '2012-05-06', uasc: false }],
      episodes: [
        episode('2024-01-01', '2024-02-01', { reasonNewEpisode: 'S', placementPostcode: 'LS1 2AB' }),
        episode('2024-02-01', '2024-02-10', { placementType: 'T1' }),
        episode('2024-02-10', '2024-03-01', { placementPostcode: 'ls12ab' }),
        episode('2024-03-01', undefined, { placementType: 'K2' }),
      ],
    };
    const options = { ...resolveStates({ from: '2024-01-01', to: '2024-12-31' }), includeShortBreaks: false };
    const [child] = groupPieces(history, options).children;
    // Counted by hand: the U4 from 1 January to 1 March (the T1 days within it), then the K2, still open.
    expect(child?.pieces.map((p) => [fromDay(p.start), p.end && fromDay(p.end), p.startsPeriod])).toEqual([
      ['2024-01-01', '2024-03-01', true],
      ['2024-03-01', undefined, false],
    ]);
  });
});

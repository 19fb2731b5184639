import type { Episode } from '@placewise/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createChildCare, deriveChildCare } from './derive-child-care.js';
import { derivePeriodsOfCare } from './derive-periods-of-care.js';
import { derivePlacements } from './derive-placements.js';
import { isShortBreak, orderEpisodes } from './internal/episode-order.js';

const ep = (
  start: string,
  end: string | undefined,
  rne: string,
  place = 'U4',
  post = 'LS6 1AA',
): Episode => ({
  childId: 'C1',
  start,
  ...(end ? { end } : {}),
  reasonNewEpisode: rne,
  legalStatus: 'C2',
  categoryOfNeed: 'N1',
  placementType: place,
  placementProvider: 'PR1',
  placementPostcode: post,
});

/** What `deriveChildCare` gives for one child's episodes, as plain lists. */
function walk(episodes: readonly Episode[]) {
  const care = createChildCare();
  deriveChildCare(episodes, 0, episodes.length, care);
  return {
    periods: care.periodStarts.slice(0, care.periods).map((start, i) => ({ start, end: care.periodEnds[i] })),
    placementStarts: care.placements.slice(0, care.placementCount).map((e) => e.start),
  };
}

describe('deriveChildCare', () => {
  // A child's year as a case worker would record it: in foster care, a fortnight's respite in a children's
  // home (a temporary move, T1) and back to the same carers written with other spacing, a move (RNE P),
  // a change of legal status in the same placement (RNE L), then home and back into care after a gap.
  it('counts the periods and placement starts of a hand-written history, as counted by hand', () => {
    const history = [
      ep('2024-04-01', '2024-06-10', 'S'),
      ep('2024-06-10', '2024-06-24', 'P', 'T1', 'HX1 1AA'),
      ep('2024-06-24', '2024-09-01', 'P', 'U4', 'ls6  1aa'),
      ep('2024-09-01', '2024-11-15', 'P', 'K2', 'HX1 1AA'),
      ep('2024-11-15', '2025-01-05', 'L', 'K2', 'HX1 1AA'),
      ep('2025-02-01', undefined, 'S', 'U1', 'LS6 1AA'),
    ];
    // By hand: periods 1 Apr 2024 – 5 Jan 2025 and 1 Feb 2025 – open; placements start 1 Apr (the return
    // from respite continues it), 1 Sep (a move), and 1 Feb (a new period); RNE L continues K2.
    expect(walk(history)).toEqual({
      periods: [
        { start: '2024-04-01', end: '2025-01-05' },
        { start: '2025-02-01', end: undefined },
      ],
      placementStarts: ['2024-04-01', '2024-09-01', '2025-02-01'],
    });
    // And the two derivations say the same.
    expect(derivePlacements(history).value.map((p) => p.start)).toEqual(walk(history).placementStarts);
    expect(derivePeriodsOfCare(history).map((p) => [p.start, p.end])).toEqual(
      walk(history).periods.map((p) => [p.start, p.end]),
    );
  });

  it('gives the periods of derivePeriodsOfCare and the placement starts of derivePlacements', () => {
    const day = (n: number) => new Date(Date.UTC(2024, 3, 1 + n)).toISOString().slice(0, 10);
    const episode = fc.record({
      gap: fc.constantFrom(0, 0, 0, 1, 3),
      length: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
      rne: fc.constantFrom('S', 'L', 'P', 'T', 'U', 'B'),
      status: fc.constantFrom('C2', 'C2', 'C2', 'V3'),
      place: fc.constantFrom('U1', 'U4', 'K2', 'T0', 'T1', 'T4'),
      post: fc.constantFrom('LS6 1AA', 'ls6 1aa', 'HX1 1AA'),
    });
    fc.assert(
      fc.property(fc.array(episode, { maxLength: 9 }), (drawn) => {
        // Episodes one after another (an open one ends the history), each a gap after the last's end.
        const history: Episode[] = [];
        let at = 0;
        for (const d of drawn) {
          at += d.gap;
          const end = d.length === undefined ? undefined : at + d.length;
          history.push({
            ...ep(day(at), end === undefined ? undefined : day(end), d.rne, d.place, d.post),
            legalStatus: d.status,
          });
          if (end === undefined) break;
          at = end;
        }
        const kept = orderEpisodes(history).filter((e) => !isShortBreak(e));
        const walked = walk(kept);
        expect(walked.placementStarts).toEqual(derivePlacements(history).value.map((p) => p.start));
        expect(walked.periods.map((p) => [p.start, p.end])).toEqual(
          derivePeriodsOfCare(kept).map((p) => [p.start, p.end]),
        );
      }),
      { numRuns: 2000 },
    );
  });
});

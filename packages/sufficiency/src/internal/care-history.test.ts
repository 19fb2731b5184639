import type { Episode } from '@placewise/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCareHistory, CareHistoryBuffer } from './care-history.js';

const day = (n: number) => new Date(Date.UTC(2020, 0, 1) + n * 864e5).toISOString().slice(0, 10);

// Short, overlapping and back-to-back episodes with the codes the history branches on.
const episodes = fc
  .array(
    fc.record({
      start: fc.integer({ min: 0, max: 60 }),
      length: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
      placementType: fc.constantFrom('U1', 'U4', 'K2', 'T0', 'T2', 'A3', 'A5', 'H5'),
      reasonNewEpisode: fc.constantFrom('S', 'P', 'L', 'T', 'U', 'B'),
      legalStatus: fc.constantFrom('C2', 'V2', 'V3', 'V4'),
      placementPostcode: fc.constantFrom(undefined, 'LS1 1AA', 'ls11aa', 'LS2 2BB'),
    }),
    { maxLength: 12 },
  )
  .map((rows) => {
    // Each episode tends to start where the previous ended, so periods run over several episodes.
    let at = 0;
    return rows.map((r, i): Episode => {
      const start = i % 3 === 0 ? r.start : at;
      const end = r.length === undefined ? undefined : start + r.length;
      at = end ?? start;
      return {
        childId: 'C1',
        start: day(start),
        ...(end === undefined ? {} : { end: day(end) }),
        placementType: r.placementType,
        reasonNewEpisode: r.reasonNewEpisode,
        legalStatus: r.legalStatus,
        ...(r.placementPostcode === undefined ? {} : { placementPostcode: r.placementPostcode }),
      } as Episode;
    });
  })
  .map((rows) => rows.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0)));

describe('CareHistoryBuffer', () => {
  it('holds the periods and placements buildCareHistory returns, child after child', () => {
    const buffer = new CareHistoryBuffer();
    fc.assert(
      fc.property(fc.array(episodes, { minLength: 1, maxLength: 4 }), (children) => {
        for (const list of children) {
          const { periods, placements } = buildCareHistory(list);
          buffer.fill(list);
          expect(buffer.periods).toBe(periods.length);
          expect(buffer.placements).toBe(placements.length);
          periods.forEach((p, k) => {
            expect(buffer.periodStart[k]).toBe(p.start);
            expect(buffer.periodEnd[k]).toBe(p.end);
            expect(buffer.kept.slice(buffer.periodFirst[k], buffer.periodLast[k])).toEqual(p.episodes);
          });
          placements.forEach((p, k) => {
            expect(buffer.placementStart[k]).toBe(p.start);
            expect(buffer.placementEnd[k]).toBe(p.end);
            expect(buffer.placementFirst[k]).toBe(p.first);
          });
        }
      }),
      { numRuns: 500 },
    );
  });
});

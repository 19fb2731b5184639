import type { Episode, LocatedPostcode, PostcodeLocator } from '@placewise/model';
import { describe, expect, it } from 'vitest';
import { isOpenAt } from './derive-periods-of-care.js';
import { derivePlacements } from './derive-placements.js';
import { PLACEMENT_RULES } from './placement-rules.js';

const base = { legalStatus: 'C2', categoryOfNeed: 'N1', placementProvider: 'PR1', placementType: 'U4' };
const ep = (
  childId: string,
  start: string,
  end: string | undefined,
  rne: string,
  extra: Partial<Episode> = {},
): Episode => ({
  ...base,
  childId,
  start,
  ...(end ? { end } : {}),
  reasonNewEpisode: rne,
  ...extra,
});

const places: Record<string, LocatedPostcode> = {
  'LS6 1AA': {
    postcode: 'LS6 1AA',
    point: { easting: 428000, northing: 436000 },
    authority: 'E08000035',
    nation: 'england',
    precision: 'unit',
  },
  'HX1 1AA': {
    postcode: 'HX1 1AA',
    point: { easting: 409000, northing: 425000 },
    authority: 'E08000033',
    nation: 'england',
    precision: 'unit',
  },
  'CF10 1AA': {
    postcode: 'CF10 1AA',
    point: { easting: 318000, northing: 176000 },
    authority: 'W06000015',
    nation: 'wales',
    precision: 'unit',
  },
};
const locator: PostcodeLocator = { locate: (postcode) => places[postcode] };

/** [start, end, episodeCount] of each placement: the figures a reader can recount from the fixture by hand. */
const spans = (episodes: Episode[], options = {}) =>
  derivePlacements(episodes, options).value.map((p) => [p.start, p.end, p.episodeCount]);

// One fixture per rule in PLACEMENT_RULES, written the way a case-management system exports episodes.
describe('derivePlacements, rule by rule', () => {
  it('has a fixture for every documented rule', () => {
    expect(PLACEMENT_RULES.map((r) => r.id).sort()).toEqual(
      [
        'ends-on-31-march',
        'legal-status-change-continues',
        'new-placement',
        'period-starts',
        'return-from-temporary-continues',
        'same-carer',
        'short-breaks-left-out',
        'temporary-not-a-placement',
      ].sort(),
    );
    for (const r of PLACEMENT_RULES) expect(r.source.length).toBeGreaterThan(20);
  });

  it('short-breaks-left-out: V3/V4 episodes are no placements; a short-breaks-only child has none', () => {
    const episodes = [
      ep('A', '2024-01-05', '2024-01-07', 'S', { legalStatus: 'V3', placementType: 'K2' }),
      ep('A', '2024-02-09', '2024-02-11', 'S', { legalStatus: 'V3', placementType: 'K2' }),
      ep('B', '2024-01-05', '2024-01-07', 'S', { legalStatus: 'V4', placementType: 'U6' }),
      ep('B', '2024-03-01', undefined, 'S', { legalStatus: 'C1' }),
    ];
    expect(derivePlacements(episodes).value.map((p) => p.id)).toEqual(['B/2024-03-01']);
    expect(derivePlacements(episodes, { includeShortBreaks: true }).value).toHaveLength(4);
  });

  it('period-starts: RNE S or a gap starts afresh, so nothing carries across', () => {
    const episodes = [
      ep('A', '2023-01-01', '2023-06-01', 'S'),
      // Back in care the next day: a day out of care, so a new period, even with RNE L.
      ep('A', '2023-06-02', '2023-09-01', 'L'),
      // RNE S on the day the previous ended: a new period too.
      ep('A', '2023-09-01', undefined, 'S'),
    ];
    expect(spans(episodes)).toEqual([
      ['2023-01-01', '2023-06-01', 1],
      ['2023-06-02', '2023-09-01', 1],
      ['2023-09-01', undefined, 1],
    ]);
  });

  it('legal-status-change-continues: RNE L continues the placement', () => {
    const episodes = [
      ep('A', '2024-01-01', '2024-02-01', 'S', { legalStatus: 'V2' }),
      ep('A', '2024-02-01', '2024-03-01', 'L', { legalStatus: 'C1' }),
      ep('A', '2024-03-01', undefined, 'L', { legalStatus: 'C2' }),
    ];
    expect(spans(episodes)).toEqual([['2024-01-01', undefined, 3]]);
  });

  it('new-placement: RNE P, T, U and B each start another placement', () => {
    const episodes = [
      ep('A', '2024-01-01', '2024-02-01', 'S'),
      ep('A', '2024-02-01', '2024-03-01', 'P', { placementType: 'K2', placementProvider: 'PR4' }),
      ep('A', '2024-03-01', '2024-04-01', 'T', { placementType: 'K2', placementProvider: 'PR4' }),
      ep('A', '2024-04-01', '2024-05-01', 'U', { legalStatus: 'E1', placementType: 'K2' }),
      ep('A', '2024-05-01', undefined, 'B', { legalStatus: 'C2', placementType: 'U6' }),
    ];
    const { value } = derivePlacements(episodes);
    expect(value.map((p) => p.start)).toEqual([
      '2024-01-01',
      '2024-02-01',
      '2024-03-01',
      '2024-04-01',
      '2024-05-01',
    ]);
    expect(value[1]).toMatchObject({ id: 'A/2024-02-01', placementType: 'K2', category: 'childrens-home' });
  });

  it('same-carer: T and U keep the carer start date; as an option they continue the placement', () => {
    const episodes = [
      ep('A', '2022-01-10', '2023-01-10', 'S', { placementType: 'U6' }),
      // Short-term foster placement becomes long-term with the same carers.
      ep('A', '2023-01-10', '2023-08-01', 'T', { placementType: 'U4' }),
      // Placement order and placed for adoption with the same (foster) carers.
      ep('A', '2023-08-01', '2024-02-01', 'U', { legalStatus: 'E1', placementType: 'A5' }),
      // New carers: the clock restarts.
      ep('A', '2024-02-01', undefined, 'P', { legalStatus: 'E1', placementType: 'A6' }),
    ];
    const { value } = derivePlacements(episodes);
    expect(value.map((p) => [p.start, p.sameCarerSince])).toEqual([
      ['2022-01-10', '2022-01-10'],
      ['2023-01-10', '2022-01-10'],
      ['2023-08-01', '2022-01-10'],
      ['2024-02-01', '2024-02-01'],
    ]);
    expect(spans(episodes, { sameCarerChange: 'same-placement' })).toEqual([
      ['2022-01-10', '2024-02-01', 3],
      ['2024-02-01', undefined, 1],
    ]);
  });

  it('temporary-not-a-placement: U4 → T1 → U4 is one placement; with no return the placement ends when the move began', () => {
    const home = { placementPostcode: 'LS6 1AA' };
    const returned = [
      ep('A', '2024-01-01', '2024-03-04', 'S', home),
      ep('A', '2024-03-04', '2024-03-09', 'P', { placementType: 'T1', placementProvider: undefined }),
      ep('A', '2024-03-09', undefined, 'P', home),
    ];
    expect(spans(returned)).toEqual([['2024-01-01', undefined, 3]]);
    const notReturned = [
      ep('B', '2024-01-01', '2024-03-04', 'S', home),
      ep('B', '2024-03-04', '2024-03-09', 'P', { placementType: 'T4', placementProvider: undefined }),
      ep('B', '2024-03-09', undefined, 'P', { placementType: 'K2', placementPostcode: 'HX1 1AA' }),
    ];
    expect(spans(notReturned)).toEqual([
      ['2024-01-01', '2024-03-04', 1],
      ['2024-03-09', undefined, 1],
    ]);
    // In hospital at the end of the data: the placement is still held.
    const stillAway = returned.slice(0, 2).map((e, i) => (i === 1 ? { ...e, end: undefined } : e));
    expect(spans(stillAway)).toEqual([['2024-01-01', undefined, 1]]);
  });

  it('return-from-temporary-continues: back to the same PLACE and PL_POST after two temporary moves', () => {
    const episodes = [
      ep('A', '2024-01-01', '2024-05-01', 'S', { placementPostcode: 'ls6 1aa' }),
      ep('A', '2024-05-01', '2024-05-10', 'P', { placementType: 'T3', placementProvider: undefined }),
      ep('A', '2024-05-10', '2024-05-14', 'P', { placementType: 'T2', placementProvider: undefined }),
      // Same setting, postcode written differently, and a legal-status change on return: still continues.
      ep('A', '2024-05-14', undefined, 'B', { legalStatus: 'C2', placementPostcode: 'LS61AA' }),
    ];
    expect(spans(episodes)).toEqual([['2024-01-01', undefined, 4]]);
  });

  it('ends-on-31-march: a placement ending on 31 March is not open then; one starting that day is', () => {
    const episodes = [
      ep('A', '2024-06-01', '2025-03-31', 'S'),
      ep('A', '2025-03-31', undefined, 'P', { placementType: 'K2' }),
      ep('B', '2024-06-01', '2025-03-31', 'S', { reasonEpisodeCeased: 'E4A' }),
    ];
    const open = derivePlacements(episodes).value.filter((p) => isOpenAt(p, '2025-03-31'));
    expect(open.map((p) => p.id)).toEqual(['A/2025-03-31']);
  });
});

describe('derivePlacements', () => {
  it('starts a new placement for each child, and after a gap in care', () => {
    const episodes = [
      ep('B', '2024-01-01', '2024-02-01', 'S'),
      ep('A', '2024-01-01', '2024-02-01', 'S'),
      ep('A', '2024-03-01', undefined, 'L'),
    ];
    expect(derivePlacements(episodes).value.map((p) => p.id)).toEqual([
      'A/2024-01-01',
      'A/2024-03-01',
      'B/2024-01-01',
    ]);
  });

  it('adds distance, placement authority and IN/OUT from a locator', () => {
    const episodes = [
      ep('A', '2024-01-01', '2024-02-01', 'S', { homePostcode: 'LS6 1AA', placementPostcode: 'HX1 1AA' }),
      ep('A', '2024-02-01', '2024-03-01', 'P', {
        homePostcode: 'LS6 1AA',
        placementPostcode: 'LS6 1AA',
        placementType: 'P1',
        placementProvider: 'PR0',
      }),
      ep('A', '2024-03-01', undefined, 'P', { homePostcode: 'LS6 1AA', placementPostcode: 'CF10 1AA' }),
      ep('B', '2024-03-01', undefined, 'S', { homePostcode: 'LS6 1AA', placementPostcode: 'ZE1 0AA' }),
    ];
    const { value, issues } = derivePlacements(episodes, { locator, responsibleAuthority: 'E08000035' });
    // sqrt(19000² + 11000²) m = 21954.5 m → / 1000 / 1.6093 = 13.6 miles
    expect(value[0]).toMatchObject({ distanceMiles: 13.6, placementAuthority: 'E08000033', locality: 'OUT' });
    expect(value[1]).toMatchObject({ distanceMiles: 0, placementAuthority: 'E08000035', locality: 'IN' });
    expect(value[2]).toMatchObject({ placementAuthority: 'WAL', locality: 'OUT' });
    expect(value[3]?.distanceMiles).toBeUndefined();
    expect(issues.map((i) => i.code)).toEqual(['placement.unlocated']);
  });
});

import type { Episode, LocatedPostcode, PostcodeLocator } from '@placewise/model';
import { describe, expect, it } from 'vitest';
import { derivePlacements } from './derive-placements.js';

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

describe('derivePlacements', () => {
  it('continues a placement across an L episode and starts one on P, T, U or B', () => {
    const episodes = [
      ep('A', '2024-01-01', '2024-02-01', 'S'),
      ep('A', '2024-02-01', '2024-03-01', 'L', { legalStatus: 'E1' }),
      ep('A', '2024-03-01', '2024-04-01', 'P', { placementType: 'K2', placementProvider: 'PR4' }),
      ep('A', '2024-04-01', '2024-05-01', 'T'),
      ep('A', '2024-05-01', '2024-06-01', 'U'),
      ep('A', '2024-06-01', undefined, 'B'),
    ];
    const { value } = derivePlacements(episodes);
    expect(value.map((p) => [p.start, p.end, p.episodeCount])).toEqual([
      ['2024-01-01', '2024-03-01', 2],
      ['2024-03-01', '2024-04-01', 1],
      ['2024-04-01', '2024-05-01', 1],
      ['2024-05-01', '2024-06-01', 1],
      ['2024-06-01', undefined, 1],
    ]);
    expect(value[1]).toMatchObject({ id: 'A/2024-03-01', placementType: 'K2', category: 'childrens-home' });
  });

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

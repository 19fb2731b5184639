import type { LocatedPostcode, Placement, PostcodeLocator } from '@placewise/model';
import { derivePlacements } from '@placewise/ssda903';
import { describe, expect, it } from 'vitest';
import { child, dataset, episode } from '../../test/fixtures.js';
import { computeIndicators } from './compute-indicators.js';

// Hand-worked authority for 2024-25 (1 April 2024 – 31 March 2025). Each child shows one edge case.
const children = [
  child('A', '2010-01-01'), // DEC 31 March: ceased, not looked after at 31 March
  child('B', '2010-01-01'), // DEC 1 April: looked after at 31 March
  child('C', '2015-06-01'), // period of care spanning years, stable
  child('D', '2012-03-01'), // T2 holiday and back: 2 placements, not 3
  child('E', '2008-02-01', { uasc: true, sex: 'male' }), // 3 placements in the year
  child('F', '2014-01-01'), // short breaks only: left out everywhere
  child('G', '2014-01-01'), // legal-status-only change keeps the placement: stable
  child('H', '2013-01-01'), // moved within the last 2 years: not stable
  child('I', '2008-06-01'), // 16 at 31 March: outside long-term stability
  child('J', '2012-01-01'), // care began exactly 2.5 years before
  child('K', '2012-01-01'), // care began a day later
  child('L', '2011-01-01'), // X1 on 31 March and a new episode that day
  child('M', '2024-10-01', { sex: 'unknown' }), // under 1, no postcodes
  child('N', '2010-01-01'), // under 16 in supported accommodation
  child('O', '2012-01-01'), // a day out of care breaks continuity
];
const P = { reasonNewEpisode: 'P' };
const episodes = [
  episode('A', '2023-01-01', '2025-03-31', 'U4', { reasonEpisodeCeased: 'E4A' }),
  episode('B', '2023-01-01', '2025-04-01', 'U4'),
  episode('C', '2022-06-01', undefined, 'U4'),
  episode('D', '2024-05-01', '2024-08-01', 'U4', { placementPostcode: 'LS1 1AA' }),
  episode('D', '2024-08-01', '2024-08-10', 'T2', P),
  episode('D', '2024-08-10', '2024-12-01', 'U4', { ...P, placementPostcode: 'LS1 1AA' }),
  episode('D', '2024-12-01', undefined, 'K2', P),
  episode('E', '2024-04-10', '2024-06-01', 'U6'),
  episode('E', '2024-06-01', '2024-09-01', 'U4', P),
  episode('E', '2024-09-01', undefined, 'K3', P),
  episode('F', '2024-05-01', '2024-05-03', 'U4', { legalStatus: 'V3' }),
  episode('F', '2025-03-30', undefined, 'U4', { legalStatus: 'V3' }),
  episode('G', '2021-01-01', '2021-06-01', 'U4', { legalStatus: 'C1' }),
  episode('G', '2021-06-01', undefined, 'U4', { reasonNewEpisode: 'L', legalStatus: 'C2' }),
  episode('H', '2020-01-01', '2023-06-01', 'U4'),
  episode('H', '2023-06-01', undefined, 'U4', P),
  episode('I', '2018-01-01', undefined, 'U4'),
  episode('J', '2022-09-30', undefined, 'U4'),
  episode('K', '2022-10-01', undefined, 'U4'),
  episode('L', '2024-01-01', '2025-03-31', 'H5', { reasonEpisodeCeased: 'X1' }),
  episode('L', '2025-03-31', undefined, 'U4', P),
  episode('M', '2024-10-05', undefined, 'U4'),
  episode('N', '2024-06-01', undefined, 'K3'),
  episode('O', '2020-01-01', '2023-01-01', 'U4', { reasonEpisodeCeased: 'E4A' }),
  episode('O', '2023-01-02', undefined, 'U4'),
];
// Placements as derivePlacements makes them, with DfE's distance and locality added to three of them.
const located: Record<string, Partial<Placement>> = {
  'C/2022-06-01': { distanceMiles: 5, locality: 'IN' },
  'D/2024-12-01': { distanceMiles: 25, locality: 'OUT' },
  'E/2024-09-01': { distanceMiles: 10, locality: 'OUT' },
};
const placements = derivePlacements(episodes).value.map((p) => ({ ...p, ...located[p.id] }));
const ds = dataset({ children, episodes, placements });

describe('computeIndicators (hand-worked, 2024-25)', () => {
  const { value: v, issues } = computeIndicators(ds, { collectionYear: '2024-25', childPopulation: 10_000 });

  it('counts children looked after at 31 March with DfE breakdowns', () => {
    expect(issues).toEqual([]);
    expect(v.period).toEqual({ start: '2024-04-01', end: '2025-03-31' });
    expect(v.claAt31March).toEqual({
      total: 13,
      byAgeBand: { 'under-1': 1, '1-4': 0, '5-9': 1, '10-15': 9, '16-over': 2 },
      bySex: { male: 1, female: 11, unknown: 1 },
      byUasc: { uasc: 1, nonUasc: 12 },
      ratePer10000: 13,
    });
    expect(v.uasc).toEqual({ at31March: 1, startedDuringYear: 1, recorded: true });
  });

  // A dataset built by a caller's own code (not read by @placewise/ssda903, which rejects the second Header
  // row): C's Header row given again with another date of birth and sex, after the others.
  it('uses the first Header row of a child given twice, and says so', () => {
    const twice = dataset({
      children: [...children, child('C', '2008-01-01', { sex: 'male' })],
      episodes,
      placements,
    });
    const again = computeIndicators(twice, { collectionYear: '2024-25', childPopulation: 10_000 });
    expect(again.value.claAt31March).toEqual(v.claAt31March);
    expect(again.issues.map((i) => [i.code, i.severity, i.location])).toEqual([
      ['indicators.child.duplicate', 'warning', { table: 'Header', column: 'CHILD' }],
    ]);
    expect(again.issues[0]?.message).toMatch(/^1 Header row/);
  });

  it('counts starts and ceasings once per child, ignoring X1 and short breaks', () => {
    expect(v.startedDuringYear.total).toBe(4);
    expect(v.startedDuringYear.byAgeBand).toEqual({
      'under-1': 1,
      '1-4': 0,
      '5-9': 0,
      '10-15': 2,
      '16-over': 1,
    });
    expect(v.ceasedDuringYear.total).toBe(1);
  });

  it('gives the placement mix at 31 March by PLACE, category and DfE grouping', () => {
    expect(v.placementMixAt31March.byPlaceCode).toEqual({ K2: 1, K3: 2, U4: 10 });
    expect(v.placementMixAt31March.byCategory['fostering-in-house']).toBe(10);
    expect(v.placementMixAt31March.byCategory['supported-accommodation']).toBe(2);
    expect(v.placementMixAt31March.byDfeGrouping['secure-and-childrens-homes']).toBe(1);
    expect(v.under16OtherArrangements).toEqual({ total: 1, byPlaceCode: { K3: 1 } });
  });

  it('counts stability the DfE way', () => {
    // E: U6, U4, K3 in the year. D: U4 → T2 → U4 (same home) → K2 is 2.
    expect(v.threeOrMorePlacements).toEqual({ count: 1, of: 13, percentage: 8 });
    // In care since 31 March 2023 or earlier: B, C, G, H, I, J, K, O; none has 3 placements since.
    expect(v.threeOrMorePlacementsInTwoYears).toEqual({ count: 0, of: 8, percentage: 0 });
    // Under 16, in care since 30 September 2022: C, G, H, J; H moved in June 2023.
    expect(v.longTermStability).toEqual({ count: 3, of: 4, percentage: 75 });
  });

  it('counts locality at 31 March whether or not the distance is known', () => {
    // C inside; D and E outside; the other ten have no locality on their placement.
    expect(v.distanceLocality.localityAt31March).toEqual({ inside: 1, outside: 2, notKnown: 10 });
  });

  it('bands distance and locality, with missing postcodes as not known', () => {
    expect(v.distanceLocality.at31March).toEqual({
      inside20OrLess: 1,
      insideOver20: 0,
      outside20OrLess: 1,
      outsideOver20: 1,
      notKnown: 10,
      total: 13,
    });
    expect(v.distanceLocality.placementsStartedInYear).toEqual({
      inside20OrLess: 0,
      insideOver20: 0,
      outside20OrLess: 1,
      outsideOver20: 1,
      notKnown: 6,
      total: 8,
    });
  });

  it('reports episodes of unknown children as one issue without their ids', () => {
    const extra = dataset({ ...ds, episodes: [...episodes, episode('ZZ9', '2024-05-01', undefined, 'U4')] });
    const { issues: found, value } = computeIndicators(extra, { collectionYear: '2024-25' });
    expect(found).toHaveLength(1);
    expect(found[0]?.message).not.toContain('ZZ9');
    expect(value.claAt31March.total).toBe(13);
    expect(value.claAt31March.ratePer10000).toBeUndefined();
  });
});

describe('computeIndicators: the DfE stability measures (2024-25)', () => {
  const T = { reasonNewEpisode: 'T' };
  const P = { reasonNewEpisode: 'P' };
  const stability = dataset({
    children: [child('P', '2014-01-01'), child('Q', '2020-01-01'), child('R', '2014-01-01')],
    episodes: [
      // Same carers since 2021; the placement became long-term fostering (RNE T) in 2024: stable.
      episode('P', '2021-01-01', '2024-01-01', 'U6'),
      episode('P', '2024-01-01', undefined, 'U4', T),
      // Fostered from January 2022, placed for adoption with new adopters in June 2024: the adoptive
      // placement and the one before together began before 31 March 2023, so stable.
      episode('Q', '2022-01-01', '2024-06-01', 'U6'),
      episode('Q', '2024-06-01', undefined, 'A6', { ...P, legalStatus: 'E1' }),
      // As Q, but the placement before adoption began in June 2023: not stable; U6, U4 and A6 all fall in
      // the two years from 1 April 2023, so 3 placements in 2 years (2 in the year).
      episode('R', '2022-01-01', '2023-06-01', 'U6'),
      episode('R', '2023-06-01', '2024-06-01', 'U4', P),
      episode('R', '2024-06-01', undefined, 'A6', { ...P, legalStatus: 'E1' }),
    ],
  });
  const { value } = computeIndicators(stability, { collectionYear: '2024-25' });

  it('keeps the carer through a same-carer change and counts adoption with the placement before', () => {
    expect(value.longTermStability).toEqual({ count: 2, of: 3, percentage: 67 });
  });

  it('counts 3 or more placements in the previous 2 years and in the year', () => {
    expect(value.threeOrMorePlacementsInTwoYears).toEqual({ count: 1, of: 3, percentage: 33 });
    expect(value.threeOrMorePlacements).toEqual({ count: 0, of: 3, percentage: 0 });
  });

  it('with same-carer changes continuing the placement, P has one placement and the same figures', () => {
    const merged = {
      ...stability,
      placements: derivePlacements(stability.episodes, { sameCarerChange: 'same-placement' }).value,
    };
    expect(merged.placements.filter((p) => p.childId === 'P')).toHaveLength(1);
    expect(computeIndicators(merged, { collectionYear: '2024-25' }).value.longTermStability.count).toBe(2);
  });
});

describe('computeIndicators with a locator', () => {
  const points: Record<string, [number, number, string]> = {
    'AA1 1AA': [0, 0, 'E08000035'],
    'BB1 1BB': [0, 32_180, 'E08000035'], // 19.997 miles → 20.0: inside, 20 or less
    'CC1 1CC': [0, 32_350, 'E08000032'], // 20.1 miles: outside, over 20
  };
  const locator: PostcodeLocator = {
    locate(postcode): LocatedPostcode | undefined {
      const p = points[postcode];
      return (
        p && {
          postcode,
          point: { easting: p[0], northing: p[1] },
          authority: p[2],
          nation: 'england',
          precision: 'unit',
        }
      );
    },
  };
  it('computes distance and locality from the postcodes', () => {
    const located = dataset({
      responsibleAuthority: 'E08000035',
      children: [child('A', '2012-01-01'), child('B', '2012-01-01'), child('C', '2012-01-01')],
      episodes: [
        episode('A', '2024-05-01', undefined, 'U4', {
          homePostcode: 'AA1 1AA',
          placementPostcode: 'BB1 1BB',
        }),
        episode('B', '2024-05-01', undefined, 'U4', {
          homePostcode: 'AA1 1AA',
          placementPostcode: 'CC1 1CC',
        }),
        episode('C', '2024-05-01', undefined, 'U4', {
          homePostcode: 'AA1 1AA',
          placementPostcode: 'ZZ1 1ZZ',
        }),
      ],
    });
    const { value } = computeIndicators(located, { collectionYear: '2024-25', locator });
    expect(value.distanceLocality.at31March).toMatchObject({
      inside20OrLess: 1,
      outsideOver20: 1,
      notKnown: 1,
      total: 3,
    });
  });
});

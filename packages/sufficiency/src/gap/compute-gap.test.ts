import type { Setting, Vacancy } from '@placewise/model';
import { describe, expect, it } from 'vitest';
import { child, dataset, episode, placement, setting } from '../../test/fixtures.js';
import { computeSufficiencyGap } from './compute-gap.js';

const LEEDS = 'E08000035';
const home = (id: string, min: number, max: number, places: number): Setting =>
  setting(id, { places, ageRange: { min, max }, location: { authority: LEEDS } });

describe('computeSufficiencyGap', () => {
  const ds = dataset({
    responsibleAuthority: LEEDS,
    children: ['A', 'B', 'C', 'D'].map((id) => child(id, '2011-01-01')).concat([child('E', '2016-01-01')]),
    episodes: [
      episode('A', '2024-01-01', undefined, 'K2'),
      episode('B', '2024-01-01', undefined, 'K2', { categoryOfNeed: 'N2' }),
      episode('C', '2024-01-01', undefined, 'K2'),
      episode('D', '2024-01-01', '2025-03-01', 'K2'),
      episode('D', '2025-03-01', undefined, 'T1', { reasonNewEpisode: 'P' }),
      episode('E', '2024-01-01', undefined, 'U4'),
    ],
    placements: [
      placement('A', '2024-01-01', undefined, 'K2', { locality: 'OUT', distanceMiles: 60 }),
      placement('B', '2024-01-01', undefined, 'K2', { locality: 'IN', distanceMiles: 25 }),
      placement('C', '2024-01-01', undefined, 'K2', { locality: 'IN', distanceMiles: 3 }),
      // On a temporary move (T1) since 1 March: derivePlacements holds the K2 placement open.
      placement('D', '2024-01-01', undefined, 'K2', { locality: 'OUT', distanceMiles: 12 }),
      placement('E', '2024-01-01', undefined, 'U4', { locality: 'IN', distanceMiles: 2 }),
    ],
    settings: [home('H1', 8, 17, 3), home('H2', 0, 7, 4)],
  });

  it('counts demand by category, age band and need, with a child on a temporary move in their usual placement', () => {
    const gap = computeSufficiencyGap(ds, { asOf: '2025-03-31' });
    const k2 = gap.demand.filter((d) => d.category === 'childrens-home');
    expect(k2.map((d) => [d.need, d.children, d.outOfArea, d.farFromHome, d.awayFromHome])).toEqual([
      ['N1', 3, 2, 1, 2],
      ['N2', 1, 0, 1, 1],
    ]);
  });

  it('names the gap where children are placed away and no local place is free', () => {
    const [first] = computeSufficiencyGap(ds, { asOf: '2025-03-31' }).gaps;
    expect(first).toMatchObject({
      category: 'childrens-home',
      ageBand: '10-15',
      children: 4,
      awayFromHome: 3,
      localSettings: 1,
      // H1 takes ages 8–17 (10 years) with 3 places: 6/10 of them are for 10–15, 1.8 → 2 by largest remainder.
      localPlaces: 2,
      localVacancies: 0,
      shortfall: 2,
      wantOfLocalProvision: true,
    });
    expect(first?.summary).toContain('4 children aged 10 to 15 in children');
  });

  it('counts a free local place for the right age as local provision', () => {
    const vacancy: Vacancy = {
      id: 'V1',
      setting: home('H1', 8, 17, 3),
      placesFree: 1,
      availableFrom: '2025-03-01',
    };
    const [first] = computeSufficiencyGap(ds, { asOf: '2025-03-31', vacancies: [vacancy] }).gaps;
    expect(first).toMatchObject({ localVacancies: 1, wantOfLocalProvision: false });
  });
});

import { PlacementCategory } from '@placewise/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { child, dataset, episode, placement } from '../../test/fixtures.js';
import { computeSufficiencyGap } from './compute-gap.js';
import { GAP_DEFINITIONS, NOT_PLACES, shortfallOf, wantsLocalProvision } from './gap-measures.js';
import { placesByAgeBand } from './places-by-age-band.js';

describe('gap measures', () => {
  it('define each measure in one sentence', () => {
    for (const sentence of Object.values(GAP_DEFINITIONS)) {
      expect(sentence.split('. ').length).toBe(1);
      expect(sentence.endsWith('.')).toBe(true);
    }
  });

  // The two measures never contradict each other: a row wanting local provision has children away from
  // home and is a place; a row of family placements has neither measure; and where a place is free no row
  // wants provision, whatever its shortfall.
  it('agree with each other and with their definitions on any row', () => {
    const row = fc.record({
      category: fc.constantFrom(...PlacementCategory.options),
      children: fc.nat(20),
      awayFromHome: fc.nat(20),
      localPlaces: fc.nat(20),
      localVacancies: fc.nat(3),
    });
    fc.assert(
      fc.property(row, (r) => {
        const away = Math.min(r.awayFromHome, r.children);
        const input = { ...r, awayFromHome: away };
        const shortfall = shortfallOf(input);
        const wants = wantsLocalProvision(input);
        if (NOT_PLACES.has(r.category)) return shortfall === 0 && !wants;
        if (wants && (away === 0 || r.localVacancies > 0)) return false;
        if (!wants && away > 0 && r.localVacancies === 0) return false;
        return shortfall === Math.max(0, r.children - r.localPlaces);
      }),
    );
  });

  it("shares a setting's places across the age bands it takes, adding up to its places", () => {
    expect(placesByAgeBand({ ageRange: { min: 8, max: 17 }, places: 3 })).toEqual({
      'under-1': 0,
      '1-4': 0,
      '5-9': 0,
      '10-15': 2,
      '16-over': 1,
    });
    expect(placesByAgeBand({ ageRange: { min: 0, max: 17 }, places: 18 })).toEqual({
      'under-1': 1,
      '1-4': 4,
      '5-9': 5,
      '10-15': 6,
      '16-over': 2,
    });
    fc.assert(
      fc.property(fc.nat(17), fc.nat(17), fc.nat(40), (a, b, places) => {
        const bands = placesByAgeBand({ ageRange: { min: Math.min(a, b), max: Math.max(a, b) }, places });
        return Object.values(bands).reduce((n, x) => n + x, 0) === places;
      }),
    );
  });

  it('gives kinship care and placement with parents no places, no shortfall and no want of provision', () => {
    const ds = dataset({
      responsibleAuthority: 'E08000035',
      children: [child('A', '2012-01-01'), child('B', '2012-01-01')],
      episodes: [
        episode('A', '2024-01-01', undefined, 'U1'),
        episode('B', '2024-01-01', undefined, 'P1', { placementProvider: 'PR0' }),
      ],
      placements: [
        placement('A', '2024-01-01', undefined, 'U1', { locality: 'OUT', distanceMiles: 40 }),
        placement('B', '2024-01-01', undefined, 'P1', { locality: 'OUT', distanceMiles: 30 }),
      ],
    });
    const { gaps } = computeSufficiencyGap(ds, { asOf: '2025-03-31' });
    expect(
      gaps.map((g) => [
        g.category,
        g.children,
        g.awayFromHome,
        g.localPlaces,
        g.shortfall,
        g.wantOfLocalProvision,
      ]),
    ).toEqual([
      ['kinship-fostering', 1, 1, 0, 0, false],
      ['placed-with-parents', 1, 1, 0, 0, false],
    ]);
    expect(gaps[0]?.summary).toContain('not in places');
  });
});

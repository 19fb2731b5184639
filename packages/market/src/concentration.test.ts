import { describe, expect, it } from 'vitest';
import { measureConcentration } from './concentration.js';
import type { ProviderRecord } from './market-data.js';

const home = (urn: string, owner: string | undefined, places: number): ProviderRecord => ({
  urn,
  kind: 'childrens-home',
  authority: 'E08000035',
  region: 'Yorkshire and The Humber',
  sector: 'private',
  places,
  shortBreakOnly: false,
  ...(owner ? { owner } : {}),
});

// A hand-made area: 7 owners, 11 homes, 40 places, one home with its owner not published.
//   Alpha 12 (3 homes: 4+4+4), Beta 8 (2: 5+3), Gamma 6, Delta 4, Epsilon 3, Zeta 2, Eta 1, unknown 4.
const fixture = [
  home('1', 'Alpha Care Ltd', 4),
  home('2', 'Alpha Care Ltd', 4),
  home('3', 'Alpha Care Ltd', 4),
  home('4', 'Beta Homes', 5),
  home('5', 'Beta Homes', 3),
  home('6', 'Gamma', 6),
  home('7', 'Delta', 4),
  home('8', 'Epsilon', 3),
  home('9', 'Zeta', 2),
  home('10', 'Eta', 1),
  home('11', undefined, 4),
];

describe('measureConcentration', () => {
  it('matches a hand computation', () => {
    const c = measureConcentration(fixture);
    // Worked by hand: total 40 places; top 5 = 12+8+6+4+3 = 33 → 82.5%; top 10 (all 7 owners) = 36 → 90.0%.
    // HHI = 30² + 20² + 15² + 10² + 7.5² + 5² + 2.5² = 900+400+225+100+56.25+25+6.25 = 1712.5
    expect(c.places).toBe(40);
    expect(c.homes).toBe(11);
    expect(c.owners).toBe(7);
    expect(c.unattributedHomes).toBe(1);
    expect(c.unattributedPlaces).toBe(4);
    expect(c.top5.text).toBe('82.5%');
    expect(c.top10.text).toBe('90.0%');
    expect(c.top20.text).toBe('90.0%');
    expect(c.hhi).toBeCloseTo(1712.5, 6);
    expect(c.largest.map((o) => o.owner)).toEqual([
      'Alpha Care Ltd',
      'Beta Homes',
      'Gamma',
      'Delta',
      'Epsilon',
      'Zeta',
      'Eta',
    ]);
    expect(c.largest[0]).toMatchObject({ homes: 3, places: 12, share: { text: '30.0%' } });
  });

  it('breaks ties by owner name', () => {
    const c = measureConcentration([
      home('1', 'Zed', 3),
      home('2', 'Ann', 3),
      home('3', 'Bob', 3),
      home('4', 'Cy', 3),
      home('5', 'Di', 3),
    ]);
    expect(c.largest.map((o) => o.owner)).toEqual(['Ann', 'Bob', 'Cy', 'Di', 'Zed']);
  });

  it('says a figure rests on few owners instead of giving a share', () => {
    const c = measureConcentration(
      fixture.filter((h) => ['Alpha Care Ltd', 'Beta Homes'].includes(h.owner ?? '')),
    );
    expect(c.smallBase).toBe(true);
    expect(c.top5.share).toBeUndefined();
    expect(c.top5.text).toBe('not shown: rests on 2 owners');
    expect(c.hhi).toBeUndefined();
  });

  it('says a figure rests on few homes', () => {
    const c = measureConcentration([home('1', 'A', 3), home('2', 'B', 3)]);
    expect(c.top5.text).toMatch(/not shown/);
  });
});

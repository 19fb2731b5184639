import { describe, expect, it } from 'vitest';
import { categoryOf } from './categories.js';
import { CATEGORY_LABELS, PlacementCategory } from './category.js';
import { CODE_LISTS } from './codes.js';
import { CATEGORY_DFE_GROUPINGS, dfeGroupingOf } from './dfe-grouping.js';

describe('categoryOf', () => {
  it.each([
    ['U1', undefined, 'kinship-fostering'],
    ['U3', 'PR4', 'kinship-fostering'],
    ['U4', 'PR1', 'fostering-in-house'],
    ['U5', 'PR2', 'fostering-in-house'],
    ['U6', 'PR4', 'fostering-agency'],
    ['U4', 'PR5', 'fostering-agency'],
    ['U4', undefined, 'fostering-in-house'],
    ['U4', 'PR3', 'fostering-in-house'],
    ['A5', 'PR1', 'placed-for-adoption'],
    ['P1', 'PR0', 'placed-with-parents'],
    ['K2', 'PR4', 'childrens-home'],
    ['R1', 'PR4', 'health-setting'],
    ['K1', 'PR1', 'secure-childrens-home'],
    ['K3', 'PR4', 'supported-accommodation'],
    ['H5', 'PR4', 'supported-accommodation'],
    ['P2', undefined, 'independent-living'],
    ['S1', 'PR5', 'residential-school'],
    ['R2', 'PR3', 'health-setting'],
    ['R3', 'PR5', 'health-setting'],
    ['R5', 'PR3', 'youth-justice'],
    ['T2', undefined, 'temporary'],
    ['P3', 'PR4', 'other'],
    ['Z1', undefined, 'other'],
    ['Z12', undefined, 'other'],
    ['NOPE', 'PR1', 'other'],
  ] as const)('%s with %s is %s', (place, provider, category) => {
    expect(categoryOf(place, provider)).toBe(category);
  });

  it('tolerates case and spaces', () => {
    expect(categoryOf(' u6 ', ' pr4')).toBe('fostering-agency');
    expect(categoryOf('U6', ' pr4')).toBe('fostering-agency');
    expect(categoryOf(' k2', undefined)).toBe('childrens-home');
  });

  it('gives the same category however a code and provider are written (case, spaces, prototype keys)', () => {
    const places = [...CODE_LISTS.PLACE.map((c) => c.code), 'constructor', '__proto__', 'toString', ''];
    const providers = [undefined, '', 'PR0', 'PR1', 'PR4', 'PR5', 'constructor'];
    const ways = [(t: string) => t, (t: string) => t.toLowerCase(), (t: string) => ` ${t}\t`];
    for (const place of places)
      for (const provider of providers) {
        const expected = categoryOf(place.trim().toUpperCase(), provider?.trim().toUpperCase());
        expect(PlacementCategory.options).toContain(expected);
        for (const way of ways)
          for (const providerWay of ways)
            expect(categoryOf(way(place), provider === undefined ? undefined : providerWay(provider))).toBe(
              expected,
            );
      }
  });

  it('uses every category for some PLACE code, and labels each', () => {
    const used = new Set(
      CODE_LISTS.PLACE.flatMap((c) => [categoryOf(c.code, 'PR1'), categoryOf(c.code, 'PR4')]),
    );
    expect([...used].sort()).toEqual([...PlacementCategory.options].sort());
    for (const category of PlacementCategory.options) expect(CATEGORY_LABELS[category]).toBeTruthy();
  });
});

describe('dfeGroupingOf', () => {
  it.each([
    ['U2', 'foster-relative-or-friend'],
    ['U5', 'foster-other-carer'],
    ['A4', 'placed-for-adoption'],
    ['P1', 'placed-with-parents'],
    ['K1', 'secure-and-childrens-homes'],
    ['K3', 'independent-and-supported-living'],
    ['S1', 'residential-schools'],
    ['R1', 'other-residential-settings'],
    ['R5', 'other-residential-settings'],
    ['T4', 'other-placements'],
    ['Z13', 'other-placements'],
  ])('%s is %s', (place, grouping) => {
    expect(dfeGroupingOf(place)).toBe(grouping);
  });

  it('agrees with the category mapping for every PLACE code', () => {
    for (const { code } of CODE_LISTS.PLACE) {
      for (const provider of ['PR1', 'PR4']) {
        expect(CATEGORY_DFE_GROUPINGS[categoryOf(code, provider)], code).toBe(dfeGroupingOf(code));
      }
    }
  });
});

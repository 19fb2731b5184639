import { describe, expect, it } from 'vitest';
import { findComparators } from './comparators.js';
import { ofstedSupplyOf } from './ofsted-supply.js';

describe('findComparators', () => {
  it('returns DfE 2024 figures for Leeds, its region and England', () => {
    const c = findComparators('E08000035', { collectionYear: '2023-24' });
    expect(c?.year).toBe(2024);
    expect(c?.stability.authority).toEqual({
      area: 'Leeds',
      threeOrMorePlacements: { count: 238, of: 1549, percentage: 15 },
      longTermStability: { count: 396, of: 555, percentage: 71 },
    });
    expect(c?.stability.england?.longTermStability).toEqual({ count: 19750, of: 29000, percentage: 68 });
    expect(c?.englandDistanceLocality).toEqual({
      inside20OrLess: 39060,
      insideOver20: 3450,
      outside20OrLess: 18710,
      outsideOver20: 14590,
      notKnown: 7830,
      total: 83630,
    });
  });
  it('uses the latest published year for later collection years and the re-coded Sheffield code', () => {
    expect(findComparators('E08000039', { collectionYear: '2024-25' })?.stability.authority?.area).toBe(
      'Sheffield',
    );
    expect(findComparators('E08000035', { collectionYear: '2020-21' })?.year).toBe(2021);
    expect(findComparators('E08000035', { collectionYear: '2015-16' })).toBeUndefined();
  });
});

describe('ofstedSupplyOf', () => {
  it('counts Ofsted providers in an English authority and nothing elsewhere', () => {
    const leeds = ofstedSupplyOf('E08000035');
    expect(leeds?.childrensHomes.providers).toBeGreaterThan(10);
    expect(leeds?.childrensHomes.places).toBeGreaterThan(leeds?.childrensHomes.providers ?? 0);
    expect(ofstedSupplyOf('W06000015')).toBeUndefined();
  });
});

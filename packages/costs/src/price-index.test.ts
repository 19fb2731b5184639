import { describe, expect, it } from 'vitest';
import * as costs from './index.js';
import { indexValueOn, type PriceIndexSeries, parsePriceIndexSeries, restateAmount } from './price-index.js';

/** An annual series as a user would pass it (test values in ONS's 2015 = 100 shape, not ONS's figures). */
const ANNUAL: PriceIndexSeries = {
  id: 'TEST',
  title: 'Test index 2015=100',
  source: 'test',
  frequency: 'annual',
  values: { '2015': 100, '2020': 108.7, '2023': 130.5 },
};

describe('restateAmount', () => {
  it('restates with the given series by calendar year', () => {
    // 383,000 × 130.5 / 108.7 = 459,810.95…
    expect(restateAmount(383_000, { from: '2020-06-01', to: '2023-01-31' }, { series: ANNUAL })).toEqual({
      value: 459_811,
      issues: [],
    });
    expect(restateAmount(100_000, { from: '2015-01-01', to: '2015-12-31' }, { series: ANNUAL }).value).toBe(
      100_000,
    );
  });

  it('says which date the series does not cover', () => {
    const result = restateAmount(100_000, { from: '2014-05-01', to: '2030-01-01' }, { series: ANNUAL });
    expect(result.value).toBeUndefined();
    expect(result.issues.map((i) => [i.code, i.location.path])).toEqual([
      ['index.out-of-range', ['from']],
      ['index.out-of-range', ['to']],
    ]);
  });

  it('accepts a user-provided monthly series', () => {
    const parsed = parsePriceIndexSeries({
      id: 'L522',
      title: 'CPIH monthly (test values)',
      source: 'test',
      frequency: 'monthly',
      values: { '2024-03': 100, '2025-03': 104 },
    });
    expect(parsed.issues).toEqual([]);
    const series = parsed.value as PriceIndexSeries;
    expect(indexValueOn(series, '2025-03-15')).toBe(104);
    expect(restateAmount(250_000, { from: '2024-03-01', to: '2025-03-31' }, { series }).value).toBe(260_000);
  });

  it('locates what is wrong with a user series', () => {
    const parsed = parsePriceIndexSeries({
      id: 'X',
      title: 'x',
      source: 'x',
      frequency: 'annual',
      values: { '2024-01': 100, '2025': -3 },
    });
    expect(parsed.value).toBeUndefined();
    expect(parsed.issues.map((i) => i.location.path)).toEqual(
      expect.arrayContaining([
        ['values', '2025'],
        ['values', '2024-01'],
      ]),
    );
  });

  it("refuses a typo'd key at the key, naming the key it most likely meant", () => {
    // Written by hand: `frequncy` for frequency, so the series would otherwise have no frequency at all.
    const parsed = parsePriceIndexSeries({
      id: 'D7BT',
      title: 'CPI (test values)',
      source: 'test',
      frequncy: 'annual',
      values: { '2024': 100 },
    });
    expect(parsed.value).toBeUndefined();
    expect(parsed.issues).toContainEqual(
      expect.objectContaining({
        code: 'index.invalid',
        severity: 'error',
        message: 'unknown field frequncy; did you mean frequency?',
        location: { path: ['frequncy'] },
      }),
    );
  });

  it('ships no price index of its own (the figures could not be checked against ONS)', () => {
    expect(Object.keys(costs).filter((name) => /CPI|INDEX_SERIES/.test(name))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  CPI_ANNUAL_2015_100,
  indexValueOn,
  PriceIndexSeries,
  parsePriceIndexSeries,
  restateAmount,
} from './price-index.js';

describe('restateAmount', () => {
  it('restates with the shipped CPI series by calendar year', () => {
    // 383,000 × 130.5 / 108.7 = 459,810.95…
    expect(restateAmount(383_000, { from: '2020-06-01', to: '2023-01-31' })).toEqual({
      value: 459_811,
      issues: [],
    });
    expect(restateAmount(100_000, { from: '2015-01-01', to: '2015-12-31' }).value).toBe(100_000);
  });

  it('says which date the series does not cover', () => {
    const result = restateAmount(100_000, { from: '2014-05-01', to: '2030-01-01' });
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

  it('ships a series that validates and rises year on year', () => {
    expect(PriceIndexSeries.safeParse(CPI_ANNUAL_2015_100).success).toBe(true);
    const values = Object.values(CPI_ANNUAL_2015_100.values);
    expect(values[0]).toBe(100);
    values.slice(1).forEach((v, i) => {
      expect(v).toBeGreaterThan(values[i] ?? Number.POSITIVE_INFINITY);
    });
  });
});

import { describe, expect, it } from 'vitest';
import { codesFor } from './codes.js';
import {
  codeListYearFor,
  inferCollectionYear,
  isSupportedCollectionYear,
  SUPPORTED_COLLECTION_YEARS,
} from './supported-years.js';

describe('supported collection years', () => {
  it('run from 2013-14 to 2026-27, every year between included', () => {
    expect(SUPPORTED_COLLECTION_YEARS).toEqual({ first: '2013-14', last: '2026-27' });
    for (let start = 2013; start <= 2026; start++) {
      expect(isSupportedCollectionYear(`${start}-${String((start + 1) % 100).padStart(2, '0')}`)).toBe(true);
    }
    expect(isSupportedCollectionYear('2012-13')).toBe(false);
    expect(isSupportedCollectionYear('1999-00')).toBe(false);
    expect(isSupportedCollectionYear('2027-28')).toBe(false);
  });

  it('reads an unconfirmed year with the nearest confirmed year and says so', () => {
    expect(codeListYearFor('2017-18')).toMatchObject({
      year: '2017-18',
      listsOf: '2019-20',
      confirmed: false,
    });
    expect(codeListYearFor('2026-27')).toMatchObject({ listsOf: '2025-26', confirmed: false });
    expect(codeListYearFor('2024-25')).toMatchObject({ listsOf: '2024-25', confirmed: true });
    expect(codeListYearFor('1999-00')).toBeUndefined();
  });

  it('never leaves a supported year with an empty list', () => {
    for (let start = 2013; start <= 2026; start++) {
      const year = `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
      expect(codesFor('PLACE', year).length).toBeGreaterThan(20);
      expect(codesFor('LS', year).length).toBeGreaterThan(10);
    }
  });
});

describe('inferCollectionYear', () => {
  it('is the year of the latest date', () => {
    expect(inferCollectionYear(['2017-06-01', undefined, '2018-03-31', '2016-01-01'])).toBe('2017-18');
    expect(inferCollectionYear(['2018-04-01'])).toBe('2018-19');
    expect(inferCollectionYear(['nonsense'])).toBeUndefined();
    expect(inferCollectionYear([])).toBeUndefined();
  });

  it('passes over a date with the shape of one that is not on the calendar, rather than throwing', () => {
    expect(inferCollectionYear(['2023-06-01', '2024-02-30'])).toBe('2023-24');
    expect(inferCollectionYear(['2024-02-30'])).toBeUndefined();
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectionYearBounds, collectionYearOf } from './collection-year.js';
import { CollectionYear } from './date.js';
import { InvalidDateError } from './errors.js';

const label = (y: number) => `${y}-${String((y + 1) % 100).padStart(2, '0')}`;

describe('collectionYearOf', () => {
  it('changes year between 31 March and 1 April, in every year 1990–2100', () => {
    for (let y = 1990; y <= 2100; y++) {
      expect(collectionYearOf(`${y}-03-31`)).toBe(label(y - 1));
      expect(collectionYearOf(`${y}-04-01`)).toBe(label(y));
    }
  });

  it('labels centuries and leap days correctly', () => {
    expect(collectionYearOf('1999-12-31')).toBe('1999-00');
    expect(collectionYearOf('2024-02-29')).toBe('2023-24');
    expect(CollectionYear.safeParse(collectionYearOf('2099-05-01')).success).toBe(true);
  });

  it('puts every day inside the bounds of its own year', () => {
    const day = fc
      .date({
        min: new Date('1990-01-01T00:00:00Z'),
        max: new Date('2100-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (date) => {
        const { start, end } = collectionYearBounds(collectionYearOf(date));
        expect(start <= date && date <= end).toBe(true);
      }),
    );
  });

  it('throws InvalidDateError for a non-ISO date', () => {
    expect(() => collectionYearOf('31/03/2024')).toThrow(InvalidDateError);
    expect(() => collectionYearOf('2023-02-29')).toThrow(InvalidDateError);
  });
});

describe('collectionYearBounds', () => {
  it('runs 1 April to 31 March inclusive, in every year 1990–2100', () => {
    for (let y = 1990; y <= 2100; y++) {
      expect(collectionYearBounds(label(y))).toEqual({ start: `${y}-04-01`, end: `${y + 1}-03-31` });
    }
  });

  it('throws InvalidDateError for a malformed year', () => {
    expect(() => collectionYearBounds('2024-26')).toThrow(InvalidDateError);
    expect(() => collectionYearBounds('2024/25')).toThrow(InvalidDateError);
  });
});

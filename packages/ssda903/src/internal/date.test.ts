import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatSsdaDate,
  parseSsdaDate,
  sharedIsoIn,
  sharedIsoOfKey,
  ssdaDateKey,
  ssdaDateKeyIn,
} from './date.js';

describe('parseSsdaDate', () => {
  it('reads DD/MM/YYYY and ISO dates to the same ISO date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          expect(parseSsdaDate(iso)).toBe(iso);
          expect(parseSsdaDate(formatSsdaDate(iso))).toBe(iso);
        },
      ),
    );
  });

  it('tolerates one-digit days and months, and a time after an ISO date', () => {
    expect(parseSsdaDate('1/2/2024')).toBe('2024-02-01');
    expect(parseSsdaDate('2024-02-01T00:00:00')).toBe('2024-02-01');
  });

  it('reads past a time of day after DD/MM/YYYY, as SQL Server and Excel export a datetime', () => {
    expect(parseSsdaDate('14/02/2010 00:00:00')).toBe('2010-02-14');
    expect(parseSsdaDate('14/02/2010 00:00')).toBe('2010-02-14');
    expect(parseSsdaDate('4/2/2010 0:00')).toBe('2010-02-04');
    expect(parseSsdaDate('14/02/2010 13:45:07.123')).toBe('2010-02-14');
    // Anything else after the date is still not a date.
    for (const bad of [
      '14/02/2010 x',
      '14/02/2010 ',
      '14/02/2010 00',
      '14/02/2010 00:00 PM',
      '31/02/2010 00:00',
    ])
      expect(parseSsdaDate(bad)).toBeUndefined();
  });

  it('rejects impossible and malformed dates', () => {
    for (const bad of [
      '31/02/2024',
      '29/02/2023',
      '2024-13-01',
      '00/01/2024',
      '01/01/24',
      '2024/01/01',
      'x',
      '',
      '01-01-2024',
      '2024-01-01x',
    ]) {
      expect(parseSsdaDate(bad)).toBeUndefined();
    }
    expect(parseSsdaDate('29/02/2024')).toBe('2024-02-29');
  });
});

describe('ssdaDateKeyIn', () => {
  it('reads a slice in place exactly as ssdaDateKey reads the slice copied', () => {
    const piece = fc.oneof(
      fc.string({ unit: fc.constantFrom('0', '1', '2', '9', '/', '-', 'T', ' ', ',') }),
      fc.date({ min: new Date('1890-01-01'), max: new Date('2210-12-31'), noInvalidDate: true }).map((d) => {
        const iso = d.toISOString().slice(0, 10);
        return d.getUTCDate() % 2 === 0 ? iso : formatSsdaDate(iso);
      }),
    );
    fc.assert(
      fc.property(piece, piece, piece, (before, value, after) => {
        const text = `${before}${value}${after}`;
        const from = before.length;
        expect(ssdaDateKeyIn(text, from, from + value.length)).toBe(ssdaDateKey(value));
      }),
    );
  });
});

describe('sharedIsoIn', () => {
  it('gives what ssdaDateKeyIn and sharedIsoOfKey give, for dates and near-dates of every form', () => {
    const digit = fc.constantFrom('0', '1', '2', '3', '9');
    const near = fc
      .tuple(fc.array(digit, { minLength: 10, maxLength: 10 }), fc.constantFrom('/', '-', 'x'), fc.boolean())
      .map(([digits, sep, slashes]) => {
        const d = digits.join('');
        return slashes
          ? `${d.slice(0, 2)}${sep}${d.slice(2, 4)}/${d.slice(4, 8)}`
          : `${d.slice(0, 4)}-${d.slice(4, 6)}${sep}${d.slice(6, 8)}`;
      });
    const date = fc
      .date({ min: new Date('1890-01-01'), max: new Date('2210-12-31'), noInvalidDate: true })
      .map((d) => {
        const iso = d.toISOString().slice(0, 10);
        return d.getUTCDate() % 2 === 0 ? iso : formatSsdaDate(iso);
      });
    const other = fc.string({ unit: fc.constantFrom('0', '1', '2', '9', '/', '-', 'T', ' ', ':') });
    const piece = fc.oneof(
      date,
      near,
      other,
      fc.constantFrom('29/02/2024', '29/02/2100', '2000-02-29', '31/04/2024'),
    );
    let read = 0;
    fc.assert(
      fc.property(other, piece, other, (before, value, after) => {
        const text = `${before}${value}${after}`;
        const from = before.length;
        const key = ssdaDateKeyIn(text, from, from + value.length);
        expect(sharedIsoIn(text, from, from + value.length)).toBe(key < 0 ? undefined : sharedIsoOfKey(key));
        if (key >= 0) read++;
      }),
      { numRuns: 2000 },
    );
    expect(read).toBeGreaterThan(400);
  });
});

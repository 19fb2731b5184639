import { ageOn } from '@placewise/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageAt, ageAtByStrings, birthdayAt, lastDayBefore } from './birthday.js';
import { fromDay, toDay } from './day.js';

const iso = fc
  .integer({ min: 0, max: 20_000 })
  .map((n) => new Date(Date.UTC(1980, 0, 1) + n * 864e5).toISOString().slice(0, 10));

describe('birthday arithmetic', () => {
  it('puts a 29 February birthday on 1 March in other years', () => {
    expect(birthdayAt('2008-02-29', 16)).toBe('2024-02-29');
    expect(birthdayAt('2008-02-29', 17)).toBe('2025-03-01');
    expect(lastDayBefore('2008-02-29', 17)).toBe('2025-02-28');
  });
  it('agrees with the model’s ageOn', () => {
    fc.assert(
      fc.property(iso, iso, (a, b) => {
        const [dob, date] = a <= b ? [a, b] : [b, a];
        expect(ageAt(dob, date)).toBe(ageOn(dob, date));
      }),
    );
  });
  it('gives the string definition’s answer on the numeric path, and falls back for other strings', () => {
    const odd = fc.constantFrom(
      '',
      '2010-02-29',
      '0999-03-01',
      '2010-13-40',
      '2010/01/01',
      ' 2010-01-01',
      '12345',
    );
    const any = fc.oneof(iso, odd, fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(any, any, (dob, date) => {
        expect(ageAt(dob, date)).toBe(ageAtByStrings(dob, date));
      }),
    );
    expect(ageAt('2008-02-29', '2025-02-28')).toBe(16);
    expect(ageAt('2008-02-29', '2025-03-01')).toBe(17);
    expect(ageAt('2008-02-29', '2024-02-29')).toBe(16);
  });
  it('gives the day before a birthday as the day numbers do, whatever the date of birth', () => {
    const odd = fc.constantFrom(
      '2008-02-29',
      '2010-03-01',
      '2010-02-30',
      '2010-13-05',
      '0990-05-05',
      'x',
      '',
    );
    fc.assert(
      fc.property(
        fc.oneof(iso, odd, fc.string({ maxLength: 11 })),
        fc.integer({ min: 0, max: 30 }),
        (dob, age) => {
          let expected: string;
          try {
            expected = fromDay(toDay(birthdayAt(dob, age)) - 1);
          } catch {
            // Garbage the day numbers cannot place throws there, and must still throw.
            expect(() => lastDayBefore(dob, age)).toThrow();
            return;
          }
          expect(lastDayBefore(dob, age)).toBe(expected);
        },
      ),
    );
    expect(lastDayBefore('2010-03-11', 16)).toBe('2026-03-10');
    expect(lastDayBefore('2010-03-01', 16)).toBe('2026-02-28');
  });
});

import { ageOn } from '@placewise/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageAt, birthdayAt, lastDayBefore } from './birthday.js';

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
});

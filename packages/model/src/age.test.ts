import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn } from './age.js';

describe('ageOn', () => {
  it('counts whole years, turning on the birthday', () => {
    expect(ageOn('2008-06-15', '2024-06-14')).toBe(15);
    expect(ageOn('2008-06-15', '2024-06-15')).toBe(16);
    expect(ageOn('2024-01-01', '2024-12-31')).toBe(0);
  });

  it('ages a 29 February birthday on 1 March in common years', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    expect(ageOn('2008-02-29', '2028-02-29')).toBe(20);
  });

  it('is the difference of years on and after the birthday', () => {
    const day = fc
      .date({
        min: new Date('1990-01-01T00:00:00Z'),
        max: new Date('2060-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (dob, on) => {
        fc.pre(dob <= on);
        const years = Number(on.slice(0, 4)) - Number(dob.slice(0, 4));
        const hadBirthday =
          on.slice(5) >= dob.slice(5) || (dob.slice(5) === '02-29' && on.slice(5) >= '03-01');
        expect(ageOn(dob, on)).toBe(hadBirthday ? years : years - 1);
      }),
    );
  });
});

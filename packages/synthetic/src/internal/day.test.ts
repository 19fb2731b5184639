import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { formatISO } from 'date-fns/formatISO';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { birthday, dayOf, isoOf } from './day.js';

describe('day numbers', () => {
  it('agree with date-fns for any day in two centuries', () => {
    const epoch = new Date(1970, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: -40_000, max: 40_000 }), (day) => {
        const iso = isoOf(day);
        expect(iso).toBe(formatISO(addDays(epoch, day), { representation: 'date' }));
        const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
        expect(dayOf(y, m, d)).toBe(day);
        expect(differenceInCalendarDays(new Date(y, m - 1, d), epoch)).toBe(day);
      }),
    );
  });

  it('puts a 29 February birthday on 1 March in other years', () => {
    expect(isoOf(birthday(dayOf(2008, 2, 29), 18))).toBe('2026-03-01');
    expect(isoOf(birthday(dayOf(2008, 6, 15), 18))).toBe('2026-06-15');
  });
});

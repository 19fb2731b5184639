import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromWeeklyAmount, toWeeklyAmount, WEEKS_PER_YEAR, weeksPerUnit } from './weekly.js';

describe('toWeeklyAmount', () => {
  it('normalises each unit by the stated convention', () => {
    expect(WEEKS_PER_YEAR).toBeCloseTo(52.1775, 10);
    expect(toWeeklyAmount(10_000, 'day')).toBe(70_000);
    expect(toWeeklyAmount(412_050, 'week')).toBe(412_050);
    expect(toWeeklyAmount(2_000_002, 'four-weeks')).toBe(500_001);
    expect(toWeeklyAmount(2_000_006, 'four-weeks')).toBe(500_002); // 500,001.5 rounds half up
    // £22,000 a month: 2,200,000 × 12 / 52.1775 = 505,965.26…
    expect(toWeeklyAmount(2_200_000, 'month')).toBe(505_965);
    // NAO's £318,400 a year: 31,840,000 / 52.1775 = 610,224.71…
    expect(toWeeklyAmount(31_840_000, 'year')).toBe(610_225);
    expect(weeksPerUnit('month')).toBeCloseTo(4.348125, 6);
  });

  it('round-trips through every unit (exact but for day, within 3p)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.constantFrom('day', 'week', 'four-weeks', 'month', 'year' as const),
        (weekly, unit) => {
          const back = toWeeklyAmount(fromWeeklyAmount(weekly, unit), unit);
          expect(Math.abs(back - weekly)).toBeLessThanOrEqual(unit === 'day' ? 3 : 0);
        },
      ),
    );
  });

  it('round-trips an amount per unit through a week exactly for day and week', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.constantFrom('day', 'week' as const),
        (amount, unit) => {
          expect(fromWeeklyAmount(toWeeklyAmount(amount, unit), unit)).toBe(amount);
        },
      ),
    );
  });

  it('is monotone in the amount', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.constantFrom('day', 'week', 'four-weeks', 'month', 'year' as const),
        (a, d, unit) => {
          expect(toWeeklyAmount(a + d, unit)).toBeGreaterThanOrEqual(toWeeklyAmount(a, unit));
        },
      ),
    );
  });
});

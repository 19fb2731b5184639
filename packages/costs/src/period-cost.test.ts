import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { financialYearBounds, financialYearOf } from './financial-year.js';
import { shiftIso } from './internal/dates.js';
import { costByFinancialYear, costOfFee, splitCostOfFee } from './period-cost.js';

describe('costOfFee', () => {
  it('charges whole weeks exactly and clips to the fee dates', () => {
    const fee = { amount: 100_000, unit: 'week' as const, from: '2024-01-08', to: '2024-01-21' };
    expect(costOfFee(fee, { start: '2024-01-01', end: '2024-12-31' })).toBe(200_000);
    expect(costOfFee(fee, { start: '2024-01-08', end: '2024-01-10' })).toBe(42_857); // 3/7 of £1,000
    expect(costOfFee(fee, { start: '2024-02-01', end: '2024-02-10' })).toBe(0);
  });

  it('charges a calendar month exactly, whatever its length', () => {
    const fee = { amount: 290_000, unit: 'month' as const, from: '2023-01-01' };
    expect(costOfFee(fee, { start: '2024-02-01', end: '2024-02-29' })).toBe(290_000);
    expect(costOfFee(fee, { start: '2023-02-01', end: '2023-02-28' })).toBe(290_000);
    expect(costOfFee(fee, { start: '2024-01-01', end: '2024-12-31' })).toBe(12 * 290_000);
  });

  it('hand-worked: across the 2024 leap day', () => {
    // £36,600 a year: each day of 2024 (366 days) costs £100; each day of 2023 costs £100.27.
    const yearly = { amount: 3_660_000, unit: 'year' as const, from: '2020-01-01' };
    expect(costOfFee(yearly, { start: '2024-02-28', end: '2024-03-01' })).toBe(30_000);
    expect(costOfFee(yearly, { start: '2023-02-28', end: '2023-03-01' })).toBe(20_055); // 2 × 3,660,000 / 365
    expect(costOfFee(yearly, { start: '2024-01-01', end: '2024-12-31' })).toBe(3_660_000);
    // £2,900 a month: 29 February 2024 is 1/29 of February's fee.
    const monthly = { amount: 290_000, unit: 'month' as const, from: '2024-01-01' };
    expect(costOfFee(monthly, { start: '2024-02-29', end: '2024-02-29' })).toBe(10_000);
    // A week that spans the leap day is still one week.
    const weekly = { amount: 700_000, unit: 'week' as const, from: '2024-01-01' };
    expect(costOfFee(weekly, { start: '2024-02-26', end: '2024-03-03' })).toBe(700_000);
    // A daily fee charges the leap day like any other: 29 days in February 2024.
    const daily = { amount: 45_000, unit: 'day' as const, from: '2024-01-01' };
    expect(costOfFee(daily, { start: '2024-02-01', end: '2024-02-29' })).toBe(29 * 45_000);
  });
});

describe('costByFinancialYear', () => {
  it('hand-worked: a monthly fee across 31 March', () => {
    // £3,100 a month from 17 March to 15 April 2024:
    // March 17–31 is 15/31 of £3,100 = £1,500; April 1–15 is 15/30 of £3,100 = £1,550.
    const fee = { amount: 310_000, unit: 'month' as const, from: '2024-03-17', to: '2024-04-15' };
    const years = costByFinancialYear(fee, { start: '2024-01-01', end: '2024-12-31' });
    expect(years.map((y) => [y.year, y.start, y.end, y.days, y.cost])).toEqual([
      ['2023-24', '2024-01-01', '2024-03-31', 15, 150_000],
      ['2024-25', '2024-04-01', '2024-12-31', 15, 155_000],
    ]);
  });

  it('hand-worked: the odd penny goes to the earlier year', () => {
    // £1,000 a week for 4 days = 400,000 / 7 = 57,142.86 → 57,143; each half is 28,571.43.
    const fee = { amount: 100_000, unit: 'week' as const, from: '2023-03-30', to: '2023-04-02' };
    const years = costByFinancialYear(fee, { start: '2023-03-30', end: '2023-04-02' });
    expect(years.map((y) => [y.year, y.cost])).toEqual([
      ['2022-23', 28_572],
      ['2023-24', 28_571],
    ]);
  });

  it('splits each year between funders', () => {
    const fee = {
      amount: 700_000,
      unit: 'week' as const,
      from: '2024-03-25',
      contributions: { socialCare: 500_000, health: 150_000, education: 50_000 },
    };
    const [first] = costByFinancialYear(fee, { start: '2024-03-25', end: '2024-04-07' });
    expect(first?.contributions).toEqual({ socialCare: 500_000, health: 150_000, education: 50_000 });
  });

  it('names financial years the SSDA903 way', () => {
    expect(financialYearOf('2024-03-31')).toBe('2023-24');
    expect(financialYearOf('2024-04-01')).toBe('2024-25');
    expect(financialYearOf('1999-12-31')).toBe('1999-00');
    expect(financialYearBounds('2024-25')).toEqual({ start: '2024-04-01', end: '2025-03-31' });
  });
});

const isoDay = fc.integer({ min: 0, max: 3000 }).map((n) => shiftIso('2019-01-01', n));
const feeArb = fc.record({
  amount: fc.integer({ min: 0, max: 5_000_000 }),
  unit: fc.constantFrom('day', 'week', 'four-weeks', 'month', 'year' as const),
  from: isoDay,
  contributions: fc.option(
    fc.record({
      socialCare: fc.integer({ min: 0, max: 100 }),
      health: fc.integer({ min: 0, max: 100 }),
      education: fc.integer({ min: 0, max: 100 }),
    }),
    { nil: undefined },
  ),
});

describe('splitting a period', () => {
  it('never changes the total, however it is cut', () => {
    fc.assert(
      fc.property(
        feeArb,
        isoDay,
        fc.integer({ min: 0, max: 800 }),
        fc.array(isoDay, { maxLength: 6 }),
        ({ contributions, ...terms }, start, length, cuts) => {
          const fee = contributions ? { ...terms, contributions } : terms;
          const period = { start, end: shiftIso(start, length) };
          const whole = costOfFee(fee, period);
          const parts = splitCostOfFee(fee, period, cuts);
          expect(parts.reduce((sum, p) => sum + p.cost, 0)).toBe(whole);
          for (const part of parts) {
            const c = part.contributions;
            expect(c.socialCare + c.health + c.education).toBe(part.cost);
          }
          const years = costByFinancialYear(fee, period);
          expect(years.reduce((sum, p) => sum + p.cost, 0)).toBe(whole);
          expect(years.reduce((sum, p) => sum + p.days, 0)).toBe(parts.reduce((sum, p) => sum + p.days, 0));
        },
      ),
      { numRuns: 200 },
    );
  });
});

import type { Fee, Vacancy } from '@placewise/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { costPercentiles } from './cost-percentile.js';

const fee = (amount: number, i: number, category: Fee['category'] = 'childrens-home'): Fee => ({
  id: `F${i}`,
  amount,
  unit: 'week',
  from: '2024-04-01',
  ...(category ? { category } : {}),
});

const vacancy = (
  weeklyCost: number | undefined,
  category: Vacancy['setting']['category'] = 'childrens-home',
) =>
  ({
    id: 'V1',
    placesFree: 1,
    availableFrom: '2025-04-01',
    ...(weeklyCost === undefined ? {} : { weeklyCost }),
    setting: { id: 'S1', category },
  }) as Vacancy;

describe('costPercentiles', () => {
  const fees = [400_000, 500_000, 600_000, 700_000, 800_000].map((a, i) => fee(a, i));

  it('places a vacancy among the fees of its own category', () => {
    const percentile = costPercentiles(fees);
    expect(percentile(vacancy(350_000))).toBe(0);
    expect(percentile(vacancy(600_000))).toBe(0.6);
    expect(percentile(vacancy(900_000))).toBe(1);
  });

  it('gives no figure without a cost, or with too few fees in the category to compare with', () => {
    const percentile = costPercentiles(fees);
    expect(percentile(vacancy(undefined))).toBeUndefined();
    expect(percentile(vacancy(50_000, 'fostering-agency'))).toBeUndefined();
  });

  it('normalises daily fees to weekly before comparing', () => {
    const daily = [60_000, 70_000, 80_000, 90_000, 100_000].map((a, i) => ({
      ...fee(a, i),
      unit: 'day' as const,
    }));
    // £600 to £1,000 a day is £4,200 to £7,000 a week: £5,600 is at or above three of the five.
    expect(costPercentiles(daily)(vacancy(560_000))).toBe(0.6);
  });

  it('never falls as the weekly cost rises, and stays within 0..1', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: 5, maxLength: 40 }),
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.integer({ min: 0, max: 2_000_000 }),
        (amounts, a, b) => {
          const percentile = costPercentiles(amounts.map((x, i) => fee(x, i)));
          const [low, high] = [Math.min(a, b), Math.max(a, b)];
          const p = percentile(vacancy(low)) as number;
          const q = percentile(vacancy(high)) as number;
          expect(p).toBeGreaterThanOrEqual(0);
          expect(q).toBeLessThanOrEqual(1);
          expect(q).toBeGreaterThanOrEqual(p);
        },
      ),
    );
  });
});

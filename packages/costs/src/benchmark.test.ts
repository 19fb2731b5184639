import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BenchmarkFee, benchmarkFees, NOT_RECORDED } from './benchmark.js';
import { toWeeklyAmount } from './weekly.js';

const homes: BenchmarkFee[] = [400_000, 450_000, 500_000, 550_000, 600_000, 2_400_000].map((amount, i) => ({
  id: `H${i}`,
  amount,
  unit: 'week',
  category: 'childrens-home',
  inArea: i % 2 === 0,
}));
const foster: BenchmarkFee[] = [
  { id: 'F1', amount: 12_000, unit: 'day', category: 'fostering-agency', providerType: 'PR4' },
  { id: 'F2', amount: 360_000, unit: 'four-weeks', category: 'fostering-agency', providerType: 'PR4' },
  { id: 'F3', amount: 4_500_000, unit: 'year', category: 'fostering-agency' },
];

describe('benchmarkFees', () => {
  it('groups by category with weekly statistics, outliers and the high-cost flag', () => {
    const result = benchmarkFees([...homes, ...foster]);
    expect(result.groups.map((g) => g.label)).toEqual(['childrens-home', 'fostering-agency']);
    const [home, ifa] = result.groups;
    // 400k … 600k and 2.4M: q1 = 462,500, q3 = 587,500, IQR 125,000, upper fence 775,000.
    expect(home).toMatchObject({
      count: 6,
      median: 525_000,
      q1: 462_500,
      q3: 587_500,
      p10: 425_000,
      p90: 1_500_000,
      mean: 816_667,
      highCostCount: 1,
      highCost: true,
      upperFence: 775_000,
    });
    expect(home?.outliers).toEqual([{ index: 5, id: 'H5', weekly: 2_400_000, side: 'high' }]);
    // 84,000; 90,000; 4,500,000 / 52.1775 = 86,244
    expect(ifa).toMatchObject({ count: 3, min: 84_000, median: 86_244, max: 90_000, highCost: false });
    expect(result.overall.count).toBe(9);
    expect(result.overall.highCostCount).toBe(1);
  });

  it('groups by several dimensions and names what is not recorded', () => {
    const result = benchmarkFees([...homes, ...foster], { by: ['category', 'providerType'] });
    expect(result.groups.map((g) => g.label)).toEqual([
      `childrens-home · ${NOT_RECORDED}`,
      'fostering-agency · PR4',
      `fostering-agency · ${NOT_RECORDED}`,
    ]);
    expect(result.groups[1]?.key).toEqual({ category: 'fostering-agency', providerType: 'PR4' });
    const byArea = benchmarkFees(homes, { by: ['inArea'] });
    expect(byArea.groups.map((g) => [g.label, g.count])).toEqual([
      ['in-area', 3],
      ['out-of-area', 3],
    ]);
  });

  it('uses the threshold it is given', () => {
    const result = benchmarkFees(homes, { highCostThreshold: 600_000 });
    expect(result.overall.highCostCount).toBe(2);
  });

  it('counts every fee in exactly one group and matches a plain recomputation', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            amount: fc.integer({ min: 0, max: 3_000_000 }),
            unit: fc.constantFrom('day', 'week', 'four-weeks', 'month', 'year' as const),
            category: fc.constantFrom('childrens-home', 'fostering-agency' as const),
            region: fc.constantFrom('North West', 'London'),
          }),
          { minLength: 1, maxLength: 60 },
        ),
        (fees) => {
          const result = benchmarkFees(fees, { by: ['category', 'region'] });
          expect(result.groups.reduce((sum, g) => sum + g.count, 0)).toBe(fees.length);
          for (const group of result.groups) {
            const mine = fees
              .filter((f) => f.category === group.key.category && f.region === group.key.region)
              .map((f) => toWeeklyAmount(f.amount, f.unit))
              .sort((a, b) => a - b);
            expect(group.min).toBe(mine[0]);
            expect(group.max).toBe(mine[mine.length - 1]);
          }
        },
      ),
    );
  });
});

describe('benchmarkFees with amounts a radix key cannot hold', () => {
  it('falls back to a comparison sort and gives the same statistics', () => {
    const fees: BenchmarkFee[] = [5, 1, 4, 2, 3].map((x) => ({
      amount: x * 100,
      unit: 'week',
      category: 'other',
    }));
    const negative: BenchmarkFee[] = [...fees, { amount: -100, unit: 'week', category: 'other' }];
    expect(benchmarkFees(fees).groups[0]).toMatchObject({ min: 100, median: 300, max: 500 });
    expect(benchmarkFees(negative).groups[0]).toMatchObject({ min: -100, median: 250, max: 500 });
  });
});

describe('benchmarkFees with no dimensions', () => {
  it('gives the overall figures only', () => {
    const result = benchmarkFees(homes, { by: [] });
    expect(result.groups).toEqual([]);
    expect(result.overall).toMatchObject({ count: 6, median: 525_000, highCostCount: 1 });
  });
});

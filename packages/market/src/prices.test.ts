import type { Fee } from '@placewise/model';
import { describe, expect, it } from 'vitest';
import { comparePrices, type PurchasedFee } from './prices.js';

const fee = (id: string, amount: number, more: Partial<Fee> = {}): Fee => ({
  id,
  amount,
  unit: 'week',
  from: '2024-04-01',
  category: 'childrens-home',
  ageBand: '11-15',
  staffingRatio: '1:1',
  ...more,
});

// Three authorities buy the same 1:1 home place for an 11–15-year-old from Acme; Leeds twice.
const fees: PurchasedFee[] = [
  { authority: 'E08000035', provider: 'Acme', fee: fee('1', 600_000) },
  { authority: 'E08000035', provider: 'Acme', fee: fee('2', 640_000) },
  { authority: 'E08000032', provider: 'Acme', fee: fee('3', 500_000) },
  { authority: 'E08000034', provider: 'Acme', fee: fee('4', 550_000) },
  // Same provider, unlike placement (2:1): a group of its own, bought by one authority only.
  { authority: 'E08000034', provider: 'Acme', fee: fee('5', 900_000, { staffingRatio: '2:1' }) },
  { authority: 'E08000035', provider: 'Acme', fee: fee('6', 100_000, { unit: 'day' }) },
  { authority: 'E08000035', provider: 'Acme', fee: fee('7', 500_000, { ageBand: undefined }) },
];

describe('comparePrices', () => {
  it('compares like placements from one provider across authorities, worked by hand', () => {
    const { value, issues } = comparePrices(fees);
    expect(value).toHaveLength(1);
    const [group] = value;
    // Leeds's median of 600,000 and 640,000 is 620,000; across 620,000, 500,000, 550,000 the median is 550,000.
    expect(group).toMatchObject({ provider: 'Acme', lowest: 500_000, highest: 620_000, median: 550_000 });
    expect(group?.spread).toBeCloseTo(0.24, 10);
    expect(group?.authorities).toEqual([
      { authority: 'E08000035', fees: 2, weekly: 620_000, atMedian: 550_000, difference: 70_000 },
      { authority: 'E08000034', fees: 1, weekly: 550_000, atMedian: 550_000, difference: 0 },
      { authority: 'E08000032', fees: 1, weekly: 500_000, atMedian: 550_000, difference: -50_000 },
    ]);
    expect(issues.map((i) => [i.code, i.location.path?.[0]])).toEqual([
      ['price.unit-not-weekly', 5],
      ['price.not-classified', 6],
    ]);
  });

  it('uses the normaliser it is given for other units', () => {
    const { value, issues } = comparePrices(fees, {
      toWeekly: (amount, unit) => (unit === 'day' ? amount * 7 : amount),
    });
    expect(issues.map((i) => i.code)).toEqual(['price.not-classified']);
    // Leeds now has 600,000, 640,000 and 700,000: median 640,000.
    expect(value[0]?.authorities[0]).toMatchObject({ authority: 'E08000035', fees: 3, weekly: 640_000 });
  });

  it('takes medians within a region when told the regions', () => {
    const regionOf = (code: string) => (code === 'E08000032' ? 'Yorkshire' : 'Elsewhere');
    const { value } = comparePrices(fees.slice(0, 4), { regionOf });
    // Only "Elsewhere" has two buyers (Leeds 620,000 and E08000034 550,000): median 585,000.
    expect(value.map((g) => [g.region, g.median])).toEqual([['Elsewhere', 585_000]]);
  });
});

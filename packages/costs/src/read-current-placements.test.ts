import { describe, expect, it } from 'vitest';
import { readCurrentPlacements } from './read-current-placements.js';

describe('readCurrentPlacements', () => {
  it('reads placements with weekly costs or fees in pounds, reporting the rest', () => {
    const read = readCurrentPlacements(
      [
        { id: 'A', category: 'childrens-home', weeklyCost: '£6,000' },
        { id: 'B', category: 'fostering-in-house', fee: { amount: 2600, unit: 'month' } },
        { id: 'C', category: 'castle', weeklyCost: 10 },
        { id: 'D', category: 'childrens-home' },
      ],
      { asOf: '2024-06-01', file: 'p.json' },
    );
    // £2,600 a month = 260,000 × 12 / 52.1775 = 59,796 pence a week.
    expect(read.value).toEqual([
      { id: 'A', category: 'childrens-home', weekly: 600_000 },
      { id: 'B', category: 'fostering-in-house', weekly: 59_796 },
    ]);
    expect(read.read).toBe(4);
    expect(read.issues.map((i) => [i.code, i.location.path])).toEqual([
      ['placement.category', [2, 'category']],
      ['placement.cost-missing', [3, 'weeklyCost']],
    ]);
  });

  it('reads model fees in pence, counting those in force on the day', () => {
    const fees = [
      { id: 'F1', amount: 500_000, unit: 'week', from: '2024-01-01', category: 'childrens-home' },
      {
        id: 'F2',
        amount: 90_000,
        unit: 'week',
        from: '2023-01-01',
        to: '2023-12-31',
        category: 'fostering-agency',
      },
    ];
    const read = readCurrentPlacements(fees, { asOf: '2024-02-01', amounts: 'pence' });
    expect(read.value.map((p) => p.weekly)).toEqual([500_000]);
  });
});

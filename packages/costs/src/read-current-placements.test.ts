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

  // Rows as a council's fee spreadsheet gives them: the same fee id typed twice with two categories, a row
  // with no id (read as "row-3") and a later row whose id is "row-3".
  it('adds up fees that share an id, as before, and now says so and where', () => {
    const rows = [
      { id: 'F1', amount: '500', unit: 'week', from: '01/04/2024', category: 'childrens-home' },
      { id: 'F1', amount: '900.00', unit: 'week', from: '01/04/2024', category: 'fostering-agency' },
      { id: '', amount: '100', unit: 'week', from: '01/04/2024', category: 'fostering-agency' },
      { id: 'row-3', amount: '200', unit: 'week', from: '01/04/2024', category: 'fostering-agency' },
      {
        id: 'F5',
        placementId: 'P1',
        amount: '50',
        unit: 'week',
        from: '01/04/2024',
        category: 'childrens-home',
      },
      {
        id: 'F6',
        placementId: 'P1',
        amount: '25',
        unit: 'week',
        from: '01/04/2024',
        category: 'childrens-home',
      },
    ];
    const read = readCurrentPlacements(rows, { asOf: '2024-06-01', file: 'fees.csv' });
    // £500 + £900 under F1 (the first category kept); £100 + £200 under row-3; £50 + £25 under P1.
    expect(read.value).toEqual([
      { id: 'F1', category: 'childrens-home', weekly: 140_000 },
      { id: 'row-3', category: 'fostering-agency', weekly: 30_000 },
      { id: 'P1', category: 'childrens-home', weekly: 7_500 },
    ]);
    // Core and additional fees sharing a placementId (rows 5 and 6) are the intended case: no issue.
    // The reader warns first that F1 is given twice with different values (row 3's generated "row-3" is not
    // an id the sheet gave, so only the projection meets it).
    expect(read.issues.map((i) => [i.code, i.severity, i.location])).toEqual([
      ['fee.duplicate-id', 'warning', { file: 'fees.csv', row: 2, column: 'id' }],
      ['projection.duplicate-id', 'warning', { file: 'fees.csv', row: 2, column: 'id' }],
      ['projection.category-conflict', 'warning', { file: 'fees.csv', row: 2, column: 'category' }],
      ['projection.duplicate-id', 'warning', { file: 'fees.csv', row: 4, column: 'id' }],
    ]);
  });

  // Two fee exports pasted together: the second repeats F1 exactly and F2 with an uplift from October.
  it('counts a pasted copy of a fee once, and still adds up differing fees that share an id', () => {
    const rows = [
      { id: 'F1', amount: '4,000.00', unit: 'week', from: '01/04/2024', category: 'childrens-home' },
      { id: 'F2', amount: '800.00', unit: 'week', from: '01/04/2024', category: 'fostering-agency' },
      { id: 'F1', amount: '4000', unit: 'Weekly', from: '2024-04-01', category: 'childrens-home' },
      { id: 'F2', amount: '850.00', unit: 'week', from: '01/10/2024', category: 'fostering-agency' },
    ];
    const read = readCurrentPlacements(rows, { asOf: '2024-11-01', file: 'fees.csv' });
    // F1: £4,000 once (row 3 is the same fee), not £8,000. F2: £800 + £850, both in force, added up as before.
    expect(read.value).toEqual([
      { id: 'F1', category: 'childrens-home', weekly: 400_000 },
      { id: 'F2', category: 'fostering-agency', weekly: 165_000 },
    ]);
    expect(read.read).toBe(4);
    expect(read.issues.map((i) => [i.code, i.severity, i.location.row])).toEqual([
      ['fee.duplicate', 'error', 3],
      ['fee.duplicate-id', 'warning', 4],
      ['projection.duplicate-id', 'warning', 4],
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

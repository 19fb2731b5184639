import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFeeRecords } from './read-fee-records.js';

describe('readFeeRecords', () => {
  it('reads spreadsheet rows into fees in pence', () => {
    const result = readFeeRecords(
      [
        {
          amount: '£4,120.50',
          unit: 'Weekly',
          from: '01/04/2024',
          to: '2025-03-31',
          category: 'childrens-home',
          providerType: 'pr4',
          region: 'North West',
          ageBand: '11-15',
          staffingRatio: '2:1',
          inArea: 'no',
          extra: 'ignored',
        },
        { id: 'X7', amount: 150, unit: 'day', from: '2024-04-01', socialCare: '100', health: '50' },
      ],
      { file: 'fees.csv' },
    );
    expect(result.issues).toEqual([]);
    expect(result).toMatchObject({ read: 2, accepted: 2, rejected: 0 });
    expect(result.value[0]).toEqual({
      row: 1,
      fee: {
        id: 'row-1',
        amount: 412_050,
        unit: 'week',
        from: '2024-04-01',
        to: '2025-03-31',
        category: 'childrens-home',
        providerType: 'PR4',
        region: 'North West',
        ageBand: '11-15',
        staffingRatio: '2:1',
        inArea: false,
      },
    });
    expect(result.value[1]?.fee).toMatchObject({
      id: 'X7',
      amount: 15_000,
      contributions: { socialCare: 10_000, health: 5_000, education: 0 },
    });
  });

  it('rejects bad rows with issues located by file, row and column', () => {
    const result = readFeeRecords(
      [
        { amount: 'lots', unit: 'fortnight', from: '31/02/2024', category: 'castle', inArea: 'maybe' },
        { amount: '500', unit: 'week', from: '2024-05-01', to: '2024-04-01' },
        { amount: '500', unit: 'week', from: '2024-05-01', providerType: 'PR9' },
        { amount: '500', unit: 'week', from: '2024-05-01', socialCare: '400', health: '50' },
      ],
      { file: 'fees.csv' },
    );
    expect(result).toMatchObject({ read: 4, accepted: 1, rejected: 3 });
    expect(result.issues.map((i) => [i.code, i.severity, i.location.row, i.location.column])).toEqual([
      ['money.malformed', 'error', 1, 'amount'],
      ['fee.unit-unknown', 'error', 1, 'unit'],
      ['fee.date-malformed', 'error', 1, 'from'],
      ['fee.category-unknown', 'error', 1, 'category'],
      ['fee.in-area-unknown', 'error', 1, 'inArea'],
      ['fee.invalid', 'error', 2, 'to'],
      ['fee.provider-unknown', 'warning', 3, 'providerType'],
      ['fee.invalid', 'error', 4, 'contributions'],
    ]);
    expect(result.issues.every((i) => i.location.file === 'fees.csv')).toBe(true);
  });

  it('accounts for every record: read = accepted + rejected', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            amount: fc.oneof(fc.constant('12.50'), fc.constant('x'), fc.constant('')),
            unit: fc.constantFrom('week', 'day', 'fortnight'),
            from: fc.constantFrom('2024-01-01', '2024-13-01', ''),
          }),
          { maxLength: 30 },
        ),
        (rows) => {
          const result = readFeeRecords(rows);
          expect(result.accepted + result.rejected).toBe(rows.length);
          const rejectedRows = new Set(
            result.issues.filter((i) => i.severity === 'error').map((i) => i.location.row),
          );
          expect(rejectedRows.size).toBe(result.rejected);
        },
      ),
    );
  });
});

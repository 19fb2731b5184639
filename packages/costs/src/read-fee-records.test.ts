import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benchmarkFees } from './benchmark.js';
import { readFeeRecords } from './read-fee-records.js';

/** A CSV as a finance system exports it (no quoted fields), split into records by its header row. */
function recordsOf(csv: string): Record<string, string>[] {
  const [header = '', ...lines] = csv.trim().split('\n');
  const columns = header.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
  });
}

// Two monthly exports of a council's placement fees pasted one under the other (the second header dropped):
// F103 is in both, unchanged but for how the amount is written; F104 had an uplift from October, kept under
// its id; the two rows without an id are two children placed at one home at the same fee.
const PASTED = `id,amount,unit,from,to,category,providerType
F101,4200.00,week,01/04/2024,,childrens-home,PR4
F102,5600.00,week,01/04/2024,,childrens-home,PR4
F103,7000.00,week,01/04/2024,,childrens-home,PR1
F104,900.00,week,01/04/2024,30/09/2024,fostering-agency,PR4
,4800.00,week,01/04/2024,,childrens-home,PR4
F103,7000,week,01/04/2024,,childrens-home,PR1
F104,950.00,week,01/10/2024,,fostering-agency,PR4
F105,6100.00,week,01/05/2024,,childrens-home,PR4
F106,880.00,week,01/04/2024,,fostering-agency,PR4
,4800.00,week,01/04/2024,,childrens-home,PR4`;

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

  it('counts a fee pasted twice once, and keeps differing fees that share an id with a warning', () => {
    const result = readFeeRecords(recordsOf(PASTED), { file: 'fees.csv' });
    // 10 data rows; only row 6 (F103 again, £7,000 = £7,000.00) is a copy of an accepted row.
    expect(result).toMatchObject({ read: 10, accepted: 9, rejected: 1 });
    expect(result.value.map((r) => r.row)).toEqual([1, 2, 3, 4, 5, 7, 8, 9, 10]);
    expect(result.issues.map((i) => [i.code, i.severity, i.location])).toEqual([
      ['fee.duplicate', 'error', { file: 'fees.csv', row: 6, column: 'id' }],
      ['fee.duplicate-id', 'warning', { file: 'fees.csv', row: 7, column: 'id' }],
    ]);
    // The messages point at the earlier row and quote no value from the sheet.
    expect(result.issues[0]?.message).toContain('Row 3 ');
    expect(result.issues[1]?.message).toContain('Row 4 ');
    for (const { message } of result.issues) expect(message).not.toMatch(/F10\d|7,?000|950|900/);

    // Children's homes, £ a week: 4200, 5600, 7000, 4800, 6100, 4800 -> sorted 4200 4800 4800 5600 6100 7000,
    // median (4800 + 5600) / 2 = 5200. Counting the pasted F103 twice would have made it 5600.
    const homes = benchmarkFees(result.value.map((r) => r.fee)).groups.find(
      (g) => g.key.category === 'childrens-home',
    );
    expect(homes).toMatchObject({ count: 6, median: 520_000 });
  });

  it('accounts for every record: read = accepted + rejected', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            id: fc.constantFrom('', 'F1', 'F2'),
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

describe('readFeeRecords on a fee sheet saved with US date order', () => {
  // As Excel with US settings saves it: 1 April 2024, 20 May 2024 and 1 June 2024 to 30 June 2025.
  const rows = [
    { id: 'F1', amount: '4500', unit: 'week', from: '4/1/2024', category: 'childrens-home' },
    { id: 'F2', amount: '5200', unit: 'week', from: '5/20/2024', category: 'childrens-home' },
    {
      id: 'F3',
      amount: '650',
      unit: 'week',
      from: '6/1/2024',
      to: '6/30/2025',
      category: 'fostering-agency',
    },
  ];

  it('warns, at the first date only MM/DD/YYYY reads, that the other dates may be swapped', () => {
    const result = readFeeRecords(rows, { file: 'fees.csv' });
    // Recounted: F2's from and F3's to are not dates as DD/MM, so F2 and F3 are rejected; F1 is read as
    // 4 January, the swap the warning is about.
    expect(result).toMatchObject({ read: 3, accepted: 1, rejected: 2 });
    expect(result.value[0]?.fee.from).toBe('2024-01-04');
    expect(result.issues.map((i) => [i.code, i.severity, i.location.row, i.location.column])).toEqual([
      ['fee.date-malformed', 'error', 2, 'from'],
      ['fee.date-malformed', 'error', 3, 'to'],
      ['fee.date-month-first', 'warning', 2, 'from'],
    ]);
    expect(result.issues.at(-1)?.message).toMatch(/^2 dates are valid only as MM\/DD\/YYYY/);
  });

  it('says nothing when one date has a day above 12: the sheet is in DD/MM order', () => {
    const result = readFeeRecords([...rows, { id: 'F4', amount: '900', unit: 'week', from: '13/04/2024' }]);
    expect(result.issues.map((i) => i.code)).not.toContain('fee.date-month-first');
  });
});

describe('readFeeRecords on dates exported as datetimes', () => {
  it('reads past a time of day after a DD/MM/YYYY or ISO date', () => {
    const result = readFeeRecords([
      {
        amount: '4500',
        unit: 'week',
        from: '01/04/2024 00:00:00',
        to: '31/03/2025 00:00',
        category: 'childrens-home',
      },
      { amount: '900', unit: 'week', from: '2024-04-01T00:00:00', category: 'fostering-agency' },
      { amount: '900', unit: 'week', from: '2024-04-01 noon', category: 'fostering-agency' },
    ]);
    expect(result).toMatchObject({ read: 3, accepted: 2, rejected: 1 });
    expect(result.value.map((r) => [r.fee.from, r.fee.to])).toEqual([
      ['2024-04-01', '2025-03-31'],
      ['2024-04-01', undefined],
    ]);
    expect(result.issues.map((i) => [i.code, i.location.row, i.location.column])).toEqual([
      ['fee.date-malformed', 3, 'from'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { readFees } from './read-fees.js';

// As placewise synthetic writes them: pence, contributions nested.
const modelFee = {
  id: 'F1',
  amount: 412_050,
  unit: 'week',
  from: '2024-04-01',
  contributions: { socialCare: 412_050, health: 0, education: 0 },
  category: 'childrens-home',
};
// As a council's spreadsheet exports them: pounds, flat.
const flatFee = { amount: '4120.50', unit: 'weekly', from: '01/04/2024', category: 'childrens-home' };

describe('readFees', () => {
  it('reads nested model Fee objects as pence', () => {
    const read = readFees([modelFee], { file: 'fees.json' });
    expect(read.amounts).toBe('pence');
    expect(read.value[0]?.fee.amount).toBe(412_050);
    expect(read).toMatchObject({ read: 1, accepted: 1, rejected: 0, issues: [] });
  });

  it('reads flat records as pounds', () => {
    const read = readFees([flatFee]);
    expect(read.amounts).toBe('pounds');
    expect(read.value[0]?.fee.amount).toBe(412_050);
  });

  it('counts and locates a model fee that is not valid, keeping records in = accepted + rejected', () => {
    const read = readFees([modelFee, { ...modelFee, id: 'F2', unit: 'fortnight' }], { file: 'fees.json' });
    expect(read).toMatchObject({ read: 2, accepted: 1, rejected: 1 });
    expect(read.issues.map((i) => i.location)).toEqual([{ file: 'fees.json', path: [1, 'unit'] }]);
  });

  it('judges a repeated id in model fees as in flat records, locating it by index', () => {
    // A fees.json written by concatenating two lists: F1 twice unchanged, F2 twice with a changed amount.
    const f2 = { ...modelFee, id: 'F2', amount: 300_000, contributions: { socialCare: 300_000 } };
    const read = readFees(
      [
        modelFee,
        f2,
        { ...modelFee, contributions: { education: 0, health: 0, socialCare: 412_050 } },
        {
          ...f2,
          amount: 310_000,
          contributions: { socialCare: 310_000 },
        },
      ],
      { file: 'fees.json' },
    );
    // Index 2 repeats index 0 (keys in another order; health and education default to 0): left out.
    expect(read).toMatchObject({ read: 4, accepted: 3, rejected: 1 });
    expect(read.value.map((r) => [r.fee.id, r.fee.amount])).toEqual([
      ['F1', 412_050],
      ['F2', 300_000],
      ['F2', 310_000],
    ]);
    expect(read.issues.map((i) => [i.code, i.severity, i.location])).toEqual([
      ['fee.duplicate', 'error', { file: 'fees.json', path: [2, 'id'] }],
      ['fee.duplicate-id', 'warning', { file: 'fees.json', path: [3, 'id'] }],
    ]);
    expect(read.issues.map((i) => i.message.slice(0, 20))).toEqual([
      'The fee at index 0 h',
      'The fee at index 1 h',
    ]);
  });

  it('warns when flat amounts read as pounds are implausible and the records are valid model fees', () => {
    const records = [600_000, 650_000, 700_000].map((amount, i) => ({
      id: `F${i}`,
      amount,
      unit: 'week',
      from: '2024-04-01',
    }));
    expect(readFees(records).issues.map((i) => i.code)).toEqual(['fees.amounts-ambiguous']);
    expect(readFees(records, { amounts: 'pence' }).value.map((r) => r.fee.amount)).toEqual([
      600_000, 650_000, 700_000,
    ]);
    // Plausible pounds: no warning.
    const plausible = records.map((r) => ({ ...r, amount: r.amount / 100 }));
    expect(readFees(plausible).issues).toEqual([]);
  });
});

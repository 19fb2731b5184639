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

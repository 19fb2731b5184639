import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEmbeddedMarketData } from '../src/data.js';
import { buildMarketReport, readOfstedProviders, withProviderSnapshot } from '../src/index.js';

const file = join(import.meta.dirname, '../../../../shared/data/ofsted-providers-2023-03-31.csv');

describe.runIf(existsSync(file))("readOfstedProviders on Ofsted's own 2023 file", () => {
  const { value, issues } = readOfstedProviders(readFileSync(file, 'utf8'), {
    file: 'ofsted-providers-2023-03-31.csv',
    asAt: '2023-03-31',
  });

  it('accounts for all 3,557 rows and keeps the same providers as the embedded list', () => {
    // 3,203 children's homes and fostering agencies; 11 blank rows at the end; the rest other provision.
    expect(value.counts).toEqual({
      read: 3557,
      accepted: 3203,
      rejected: 0,
      otherProvision: 343,
      inactive: 0,
      blank: 11,
    });
    expect(issues).toEqual([]);
    const embedded = loadEmbeddedMarketData().providers.providers;
    expect(value.snapshot.providers).toEqual(embedded);
  });

  it('gives the same concentration once put in place of the embedded list', () => {
    const data = loadEmbeddedMarketData();
    const swapped = withProviderSnapshot(data, value.snapshot);
    const a = buildMarketReport(data, { region: 'North West' });
    const b = buildMarketReport(swapped, { region: 'North West' });
    expect(b.concentration).toEqual({ ...a.concentration, source: 'ofsted-providers-2023-03-31.csv' });
    // 2023's homes now come from the provider list alone, without the 223 homes it leaves out.
    expect(buildMarketReport(swapped, { england: true }, { year: 2023 }).supply.homes).toBe(2890);
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEmbeddedMarketData } from '../src/data.js';
import { MARKET_AUTHORITIES } from '../src/index.js';

const dir = join(import.meta.dirname, '../../../../shared/data');
const homesCsv = join(dir, 'ofsted-childrens-homes-by-la-2023-2025.csv');

describe('the embedded data', () => {
  const data = loadEmbeddedMarketData();

  it('gives every record an authority and region the authority table knows', () => {
    const codes = new Set(MARKET_AUTHORITIES.map((la) => la.code));
    for (const record of [...data.homes, ...data.flow, ...data.spend, ...data.providers.providers]) {
      expect(codes.has(record.authority)).toBe(true);
      expect(record.region).not.toBe('');
    }
  });

  it('keeps every children’s home and fostering agency of the 2023 provider list', () => {
    const kinds = new Map<string, number>();
    for (const p of data.providers.providers) kinds.set(p.kind, (kinds.get(p.kind) ?? 0) + 1);
    // Ofsted's 2023 list: 2,814 + 7 "Children's Home" spelt with a capital H, 56 residential special
    // schools registered as children's homes, 13 secure children's homes, 313 independent fostering agencies.
    expect(Object.fromEntries(kinds)).toEqual({
      'childrens-home': 2821,
      'residential-special-school': 56,
      'secure-childrens-home': 13,
      'fostering-agency': 313,
    });
  });

  it('has 153 current English authorities in nine regions', () => {
    expect(MARKET_AUTHORITIES.filter((la) => la.current)).toHaveLength(153);
    expect(new Set(MARKET_AUTHORITIES.map((la) => la.region)).size).toBe(9);
  });

  it.runIf(existsSync(homesCsv))(
    'sums to the raw homes-by-authority file for every authority and year',
    () => {
      const raw = new Map<string, number>();
      for (const line of readFileSync(homesCsv, 'utf8').trim().split('\n').slice(1)) {
        const fields = line.match(/("[^"]*"|[^,]*)(,|$)/g)?.map((f) => f.replace(/,$/, '')) ?? [];
        const [year, , code, , , homes, places] = fields;
        const key = `${year}|${code}`;
        raw.set(key, (raw.get(key) ?? 0) + Number(homes) * 100_000 + Number(places));
      }
      const ours = new Map<string, number>();
      for (const row of data.homes) {
        const key = `${row.year}|${row.authority}`;
        ours.set(key, (ours.get(key) ?? 0) + row.homes * 100_000 + row.places);
      }
      expect(ours).toEqual(raw);
    },
  );
});

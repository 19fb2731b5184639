import { describe, expect, it } from 'vitest';
import type { SpendRecord } from './market-data.js';
import { summariseSpend } from './spend.js';

describe('summariseSpend', () => {
  it('sums authorities and gives the private share of gross spend for each line and year', () => {
    const rows: SpendRecord[] = [
      {
        year: '2013-14',
        authority: 'A',
        region: 'R',
        line: 'residential',
        private: 600,
        voluntary: 100,
        total: 1000,
      },
      {
        year: '2013-14',
        authority: 'B',
        region: 'R',
        line: 'residential',
        private: 200,
        voluntary: 0,
        total: 1000,
      },
      { year: '2008-09', authority: 'A', region: 'R', line: 'fostering', private: 0, total: 0 },
    ];
    const years = summariseSpend(rows);
    expect(years.map((y) => y.year)).toEqual(['2008-09', '2013-14']);
    expect(years[1]).toEqual({
      year: '2013-14',
      authorities: 2,
      lines: [{ line: 'residential', private: 800, voluntary: 100, total: 2000, privateShare: 0.4 }],
    });
    expect(years[0]?.lines[0]).not.toHaveProperty('privateShare');
  });
});

import { describe, expect, it } from 'vitest';
import { benchmarkFees } from './benchmark.js';
import { compareWithReferences } from './compare-reference.js';
import { renderBenchmarkHtml } from './render-html.js';

const fees = [
  { amount: 500_000, unit: 'week' as const, category: 'childrens-home' as const },
  { amount: 1_200_000, unit: 'week' as const, category: 'childrens-home' as const },
  {
    amount: 90_000,
    unit: 'week' as const,
    category: 'fostering-agency' as const,
    region: '<script>alert(1)</script>',
  },
];

describe('renderBenchmarkHtml', () => {
  it('writes a self-contained page with a box plot, statistics and references', () => {
    const html = renderBenchmarkHtml(benchmarkFees(fees), {
      title: 'Fees & costs',
      comparisons: compareWithReferences(fees).value,
      records: { read: 4, accepted: 3, rejected: 1 },
      issues: [
        {
          code: 'money.malformed',
          severity: 'error',
          message: 'Bad amount.',
          location: { file: 'f.csv', row: 4, column: 'amount' },
        },
      ],
    });
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<title>Fees &amp; costs</title>');
    expect(html).toContain('<svg');
    expect(html).toMatch(/<svg[^>]* role="img" aria-labelledby="[^"]+-title [^"]+-desc"/);
    expect(html).toContain('Box plots of weekly fees by group</title>');
    expect(html).toContain('median £8,500'); // the children's home median, in the chart's description
    expect(html).toContain('£8,500.00'); // the children's home median
    expect(html).toContain('NAO: average cost of a children&#39;s home place');
    expect(html).toContain('f.csv, row 4, amount');
    expect(html).not.toMatch(/(src|href)=["']?https?:/);
    expect(html).not.toContain('<script');
  });

  it('escapes values from the data', () => {
    const html = renderBenchmarkHtml(benchmarkFees(fees, { by: ['region'] }));
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<script>');
  });
});

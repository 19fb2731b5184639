import { describe, expect, it } from 'vitest';
import { parseFigure } from '../test/parse-figure.js';
import { rangeChart } from './range-chart.js';

const rows = [
  { label: 'Foster care', p10: 400, q1: 500, median: 600, q3: 700, p90: 800, reference: 650 },
  { label: 'Residential', p10: 2000, q1: 3000, median: 4000, q3: 5000, p90: 6000 },
];

describe('rangeChart', () => {
  it('draws whisker, box and median where the percentiles fall on a 0..6000 axis', () => {
    const f = parseFigure(rangeChart(rows, { title: 'Weekly fees' }));
    // Labels "Residential"/"Foster care" are 11 characters: 11 × 7.5 + 12 = 94.5, so the 120 px minimum applies.
    // Axis 0..6000 over 380 px from x = 120: 400 → 145.3, 800 → 170.7, 500 → 151.7, 700 → 164.3.
    const [whisker, median] = f.all('line', f.all('g')[0]);
    expect([whisker?.getAttribute('x1'), whisker?.getAttribute('x2')]).toEqual(['145.3', '170.7']);
    const box = f.all('rect', f.all('g')[0])[0];
    expect(box?.getAttribute('x')).toBe('151.7');
    expect(box?.getAttribute('width')).toBe('12.7');
    expect(median?.getAttribute('x1')).toBe('158'); // 600 → 120 + 380 × 0.1
    expect(f.all('path').filter((p) => p.getAttribute('class') === 'pw-chart__reference')).toHaveLength(1);
  });

  it('lists the same percentiles in its table, with the reference column only when a row has one', () => {
    const f = parseFigure(
      rangeChart(rows, { title: 'Weekly fees', referenceName: 'NAO average', format: (v) => `£${v}` }),
    );
    expect(f.tableHead()).toEqual([
      'Label',
      '10th percentile',
      'Lower quartile',
      'Median',
      'Upper quartile',
      '90th percentile',
      'NAO average',
    ]);
    expect(f.tableRows()).toEqual([
      ['Foster care', '£400', '£500', '£600', '£700', '£800', '£650'],
      ['Residential', '£2000', '£3000', '£4000', '£5000', '£6000', ''],
    ]);
  });

  it('uses ticks at 1 and 3 times powers of ten on a log scale, and marks a threshold', () => {
    const f = parseFigure(
      rangeChart(rows, { title: 'T', scale: 'log', threshold: { value: 5000, label: 'high-cost' } }),
    );
    const labels = f.all('text').map((t) => f.text(t));
    expect(labels).toEqual(expect.arrayContaining(['1,000', '3,000']));
    expect(f.all('line').filter((l) => l.getAttribute('class') === 'pw-chart__threshold')).toHaveLength(1);
    expect(f.text(f.all('figcaption')[0])).toContain('logarithmic');
  });

  it('handles no rows', () => {
    const markup = rangeChart([], { title: 'T', scale: 'log' });
    expect(markup).not.toMatch(/NaN|Infinity/);
    expect(parseFigure(markup).tableRows()).toEqual([['No data']]);
  });
});

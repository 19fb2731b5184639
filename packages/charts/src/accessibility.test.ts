import { describe, expect, it } from 'vitest';
import { parseFigure } from '../test/parse-figure.js';
import { barChart } from './bar-chart.js';
import type { ChartOptions } from './chart-options.js';
import { distanceMap } from './distance-map.js';
import { groupedBarChart } from './grouped-bar-chart.js';
import { lineChart } from './line-chart.js';
import { rangeChart } from './range-chart.js';
import { stackedBarChart } from './stacked-bar-chart.js';

// Every chart, drawn from small hand-written data, so the shared structure is checked on each.
const charts: Record<string, (options: ChartOptions) => string> = {
  bar: (o) => barChart([{ label: 'Foster care', value: 120 }], o),
  stacked: (o) =>
    stackedBarChart([{ label: '2024-25', values: [80, 20] }], { ...o, series: ['In-house', 'External'] }),
  grouped: (o) =>
    groupedBarChart([{ label: 'Within 20 miles', values: [71, 74] }], { ...o, series: ['LA', 'England'] }),
  line: (o) =>
    lineChart(
      {
        series: [
          {
            name: 'Children',
            points: [
              { x: '2024-03-31', y: 400 },
              { x: '2025-03-31', y: 410 },
            ],
          },
        ],
      },
      o,
    ),
  range: (o) => rangeChart([{ label: 'Foster care', p10: 400, q1: 480, median: 560, q3: 700, p90: 900 }], o),
  map: (o) =>
    distanceMap(
      {
        home: { easting: 430000, northing: 435000 },
        places: [{ point: { easting: 431000, northing: 435000 }, label: 'A', rank: 1 }],
      },
      o,
    ),
};

describe.each(Object.entries(charts))('%s chart', (_, draw) => {
  it('is an image named by its title and described by its description', () => {
    const f = parseFigure(draw({ title: 'Children at 31 March', description: 'Most are in foster care.' }));
    expect(f.figure.tagName).toBe('figure');
    expect(f.svg.getAttribute('role')).toBe('img');
    const [titleId, descId] = (f.svg.getAttribute('aria-labelledby') ?? '').split(' ');
    const title = f.all('title', f.svg).find((t) => t.getAttribute('id') === titleId);
    const desc = f.all('desc', f.svg).find((d) => d.getAttribute('id') === descId);
    expect(f.text(title)).toBe('Children at 31 March');
    expect(f.text(desc)).toBe('Most are in foster care.');
    // The title is the svg's first child, as screen readers expect.
    expect((f.svg.firstChild as unknown as { tagName: string }).tagName).toBe('title');
    expect(f.text(f.all('figcaption')[0])).toContain('Children at 31 March');
  });

  it('writes a description from the data when none is given', () => {
    const f = parseFigure(draw({ title: 'T' }));
    expect(f.text(f.all('desc')[0]).length).toBeGreaterThan(10);
  });

  it('folds a data table in a details element by default, shows it or leaves it out on request', () => {
    const folded = parseFigure(draw({ title: 'T' }));
    expect(folded.all('table', folded.all('details')[0])).toHaveLength(1);
    expect(folded.text(folded.all('caption')[0])).toBe('T');
    expect(folded.tableRows().length).toBeGreaterThan(0);
    const visible = parseFigure(draw({ title: 'T', table: 'visible' }));
    expect(visible.all('details')).toHaveLength(0);
    expect(visible.all('table')).toHaveLength(1);
    const none = parseFigure(draw({ title: 'T', table: 'none' }));
    expect(none.all('table')).toHaveLength(0);
  });

  it('uses presentation attributes only (a strict CSP forbids inline styles)', () => {
    expect(draw({ title: 'T' })).not.toMatch(/\sstyle=/);
  });

  it('gives the same markup for the same input, and takes a caller id made safe', () => {
    expect(draw({ title: 'T' })).toBe(draw({ title: 'T' }));
    expect(draw({ title: 'T' })).not.toBe(draw({ title: 'U' }).replace(/>U</g, '>T<'));
    const f = parseFigure(draw({ title: 'T', id: 'fees" onclick="x' }));
    expect(f.figure.getAttribute('id')).toBe('fees--onclick--x');
  });
});

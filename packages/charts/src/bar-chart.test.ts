import { describe, expect, it } from 'vitest';
import { parseFigure } from '../test/parse-figure.js';
import { barChart } from './bar-chart.js';
import { groupedBarChart } from './grouped-bar-chart.js';
import { stackedBarChart } from './stacked-bar-chart.js';

const widths = (markup: string) =>
  parseFigure(markup)
    .all('rect')
    .map((r) => Number(r.getAttribute('width')));

describe('barChart', () => {
  it('draws bars in proportion on a 0..40 axis (ticks of 10) and lists the same numbers in its table', () => {
    const bars = [
      { label: 'Foster care', value: 10 },
      { label: 'Children’s homes', value: 20 },
      { label: 'Placed with parents', value: 40 },
    ];
    const markup = barChart(bars, { title: 'Placements', valueName: 'Children', labelName: 'Placement' });
    // The plot is 340 px wide: 10/40, 20/40 and 40/40 of it.
    expect(widths(markup)).toEqual([85, 170, 340]);
    const f = parseFigure(markup);
    expect(f.tableHead()).toEqual(['Placement', 'Children']);
    expect(f.tableRows()).toEqual([
      ['Foster care', '10'],
      ['Children’s homes', '20'],
      ['Placed with parents', '40'],
    ]);
    expect(f.text(f.all('desc')[0])).toBe('Foster care: 10; Children’s homes: 20; Placed with parents: 40.');
  });

  it('writes a bar’s own value label and a marker column when rows carry a reference', () => {
    const f = parseFigure(
      barChart(
        [
          { label: 'Within 20 miles', value: 62, valueLabel: '62 (74%)', marker: 70 },
          { label: 'Over 20 miles', value: 22, valueLabel: '22 (26%)' },
        ],
        { title: 'Distance', markerName: 'England' },
      ),
    );
    expect(f.tableRows()).toEqual([
      ['Within 20 miles', '62 (74%)', '70'],
      ['Over 20 miles', '22 (26%)', ''],
    ]);
    expect(f.all('line').filter((l) => l.getAttribute('class') === 'pw-chart__marker')).toHaveLength(1);
    expect(f.text(f.all('figcaption')[0])).toContain('Black lines: England');
  });

  it('formats numbers the British way by default and with the caller’s format when given', () => {
    expect(parseFigure(barChart([{ label: 'a', value: 1234.567 }], { title: 'T' })).tableRows()).toEqual([
      ['a', '1,234.57'],
    ]);
    const pounds = (p: number) => `£${(p / 100).toFixed(2)}`;
    expect(
      parseFigure(barChart([{ label: 'a', value: 123456 }], { title: 'T', format: pounds })).tableRows(),
    ).toEqual([['a', '£1234.56']]);
  });

  it('says there is no data instead of drawing an empty frame, and never writes NaN', () => {
    const markup = barChart([], { title: 'Nothing' });
    const f = parseFigure(markup);
    expect(f.text(f.svg)).toContain('No data');
    expect(f.tableRows()).toEqual([['No data']]);
    const bad = barChart([{ label: 'a', value: Number.NaN }], { title: 'T' });
    expect(bad).not.toContain('NaN');
    expect(parseFigure(bad).tableRows()).toEqual([['a', '–']]);
  });
});

describe('stackedBarChart', () => {
  it('lays each row’s values end to end on a 0..40 axis and totals them', () => {
    const markup = stackedBarChart(
      [
        { label: '2023-24', values: [30, 10] },
        { label: '2024-25', values: [20, 20] },
      ],
      { title: 'Placements by sector', series: ['In-house', 'External'] },
    );
    // Two key swatches (12 px), then 30/40 and 10/40 of 340 px, then 20/40 twice.
    expect(widths(markup)).toEqual([12, 12, 255, 85, 170, 170]);
    const f = parseFigure(markup);
    const segments = f.all('rect').slice(2);
    expect(Number(segments[1]?.getAttribute('x'))).toBe(Number(segments[0]?.getAttribute('x')) + 255);
    expect(f.tableHead()).toEqual(['Label', 'In-house', 'External', 'Total']);
    expect(f.tableRows()).toEqual([
      ['2023-24', '30', '10', '40'],
      ['2024-25', '20', '20', '40'],
    ]);
  });

  it('handles no rows and missing values', () => {
    expect(parseFigure(stackedBarChart([], { title: 'T', series: ['a'] })).tableRows()).toEqual([
      ['No data'],
    ]);
    const f = parseFigure(stackedBarChart([{ label: 'x', values: [5] }], { title: 'T', series: ['a', 'b'] }));
    expect(f.tableRows()).toEqual([['x', '5', '0', '5']]);
  });

  it('writes a value’s own words, not 0, where its figure is withheld: tooltip, description and table', () => {
    const f = parseFigure(
      stackedBarChart([{ label: 'Leeds', values: [5, 0, 3], valueLabels: [undefined, 'c'] }], {
        title: 'T',
        series: ['In', 'Out', 'Suppressed'],
        table: 'visible',
      }),
    );
    const tooltips = f.all('rect').flatMap((r) => f.all('title', r).map((t) => f.text(t)));
    expect(tooltips).toEqual(['In: 5', 'Out: c', 'Suppressed: 3']);
    expect(f.text(f.all('desc')[0])).toBe('Leeds: In 5, Out c, Suppressed 3 (total 8).');
    expect(f.tableRows()).toEqual([['Leeds', '5', 'c', '3', '8']]);
    // The withheld value still sizes its mark: three key swatches, then 5/8, nothing, and 3/8 of 340 px.
    const drawn = f.all('rect').map((r) => Number(r.getAttribute('width')));
    expect(drawn).toEqual([12, 12, 12, 212.5, 0, 127.5]);
  });
});

describe('groupedBarChart', () => {
  it('puts each series’ bar side by side against a shared 0..80 axis', () => {
    const markup = groupedBarChart(
      [
        { label: 'Within 20 miles', values: [71, 74] },
        { label: 'Over 20 miles', values: [20, 16] },
      ],
      { title: 'Share placed', series: ['This authority', 'England'], format: (v) => `${v}%` },
    );
    // Max 74 gives steps of 20 up to 80; 340 px × 71/80 = 301.75 → 301.8.
    expect(widths(markup)).toEqual([12, 12, 301.8, 314.5, 85, 68]);
    expect(parseFigure(markup).tableRows()).toEqual([
      ['Within 20 miles', '71%', '74%'],
      ['Over 20 miles', '20%', '16%'],
    ]);
  });
});

describe('barChart value labels', () => {
  it('writes the value after the marker when the marker lies beyond the bar', () => {
    const f = parseFigure(barChart([{ label: 'a', value: 20, marker: 40 }], { title: 'T' }));
    // Axis 0..40 over 340 px from x = 120: the marker at 460, so the value starts at 460 + 2 + 6.
    const value = f.all('text').find((t) => f.text(t) === '20');
    expect(value?.getAttribute('x')).toBe('468');
  });
});

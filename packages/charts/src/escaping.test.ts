import { describe, expect, it } from 'vitest';
import { parseFigure } from '../test/parse-figure.js';
import { barChart } from './bar-chart.js';
import { distanceMap } from './distance-map.js';
import { lineChart } from './line-chart.js';
import { rangeChart } from './range-chart.js';
import { stackedBarChart } from './stacked-bar-chart.js';

const NASTY = `<script>alert("x")</script> & 'quotes' "><img src=x onerror=alert(1)>`;

function expectInert(markup: string): ReturnType<typeof parseFigure> {
  const f = parseFigure(markup); // strict XML: a stray < or " breaks the parse
  expect(f.all('script')).toHaveLength(0);
  expect(f.all('img')).toHaveLength(0);
  const attributes = f.all('*').flatMap((e) => Array.from(e.attributes).map((a) => a.name));
  expect(attributes.filter((name) => /^on/i.test(name))).toEqual([]);
  return f;
}

describe('escaping', () => {
  it('writes labels, titles, captions and descriptions as text, never as markup', () => {
    const f = expectInert(
      barChart([{ label: NASTY, value: 1, valueLabel: NASTY }], {
        title: NASTY,
        caption: NASTY,
        description: NASTY,
        markerName: NASTY,
      }),
    );
    expect(f.text(f.all('title')[0])).toBe(NASTY);
    expect(f.text(f.all('desc')[0])).toBe(NASTY);
    expect(f.text(f.all('figcaption')[0])).toBe(NASTY);
    expect(f.tableRows()[0]?.[0]).toBe(NASTY);
  });

  it('escapes series names, colours and class names in attributes', () => {
    const f = expectInert(
      stackedBarChart([{ label: 'a', values: [1, 2] }], {
        title: 'T',
        series: [NASTY, 'b'],
        colours: ['red" onload="alert(1)', '#000'],
        className: 'x" onclick="y',
      }),
    );
    expect(f.tableHead()).toContain(NASTY);
  });

  it('escapes line names, band names, map labels and range labels', () => {
    expectInert(
      lineChart(
        {
          series: [
            {
              name: NASTY,
              points: [
                { x: 1, y: 2 },
                { x: 2, y: 3 },
              ],
            },
          ],
          bands: [{ name: NASTY, points: [{ x: 1, lower: 1, upper: 3 }] }],
        },
        { title: NASTY },
      ),
    );
    expectInert(
      distanceMap(
        {
          home: { easting: 0, northing: 0 },
          places: [{ point: { easting: 100, northing: 0 }, label: NASTY, rank: 1 }],
        },
        { title: NASTY },
      ),
    );
    expectInert(
      rangeChart([{ label: NASTY, p10: 1, q1: 2, median: 3, q3: 4, p90: 5 }], {
        title: NASTY,
        threshold: { value: 4, label: NASTY },
      }),
    );
  });

  it('escapes what a custom format returns', () => {
    const f = expectInert(barChart([{ label: 'a', value: 1 }], { title: 'T', format: () => NASTY }));
    expect(f.tableRows()[0]?.[1]).toBe(NASTY);
  });
});

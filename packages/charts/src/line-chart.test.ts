import { describe, expect, it } from 'vitest';
import { parseFigure } from '../test/parse-figure.js';
import { lineChart } from './line-chart.js';

/** The (x, y) pairs of a path's `d` (M/L commands only). */
function points(d: string | null): [number, number][] {
  return [...(d ?? '').matchAll(/[ML] (-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

const data = {
  series: [
    {
      name: 'Projected',
      points: [
        { x: '2025-03-31', y: 150 },
        { x: '2026-03-31', y: 150 },
      ],
    },
  ],
  bands: [
    {
      name: '95% interval',
      points: [
        { x: '2025-03-31', lower: 100, upper: 200 },
        { x: '2026-03-31', lower: 100, upper: 200 },
      ],
    },
  ],
};

describe('lineChart', () => {
  it('shades a band between its upper and lower bounds, with the line inside it', () => {
    const f = parseFigure(lineChart(data, { title: 'Children in care' }));
    const band = f.all('path').find((p) => p.getAttribute('class') === 'pw-chart__band');
    const line = f.all('path').find((p) => p.getAttribute('class') === 'pw-chart__line');
    // Axis 0..200 (steps of 50) drawn from y = 290 (0) up to y = 38 (200; a two-row key and 10 px above it).
    // Upper bound 200 → 38; lower bound 100 → 290 − 252 / 2 = 164; the line at 150 → 290 − 252 × 0.75 = 101.
    const ring = points(band?.getAttribute('d') ?? null);
    expect(ring.map(([, y]) => y)).toEqual([38, 38, 164, 164]);
    expect(ring.map(([x]) => x)).toEqual([40, 666, 666, 40]);
    expect(points(line?.getAttribute('d') ?? null)).toEqual([
      [40, 101],
      [666, 101],
    ]);
  });

  it('lists each date’s value and interval in the table', () => {
    const f = parseFigure(lineChart(data, { title: 'T' }));
    expect(f.tableHead()).toEqual(['Date', 'Projected', '95% interval: lower', '95% interval: upper']);
    expect(f.tableRows()).toEqual([
      ['31 Mar 2025', '150', '100', '200'],
      ['31 Mar 2026', '150', '100', '200'],
    ]);
    expect(f.text(f.all('desc')[0])).toBe(
      'Projected: 150 on 31 Mar 2025 to 150 on 31 Mar 2026; 95% interval on 31 Mar 2026: 100 to 200.',
    );
  });

  it('joins series on different dates into one table, leaving blanks where a series has no value', () => {
    const f = parseFigure(
      lineChart(
        {
          series: [
            {
              name: 'Observed',
              points: [
                { x: '2024-03-31', y: 398 },
                { x: '2025-03-31', y: 410 },
              ],
            },
            {
              name: 'Projected',
              dashed: true,
              points: [
                { x: '2025-03-31', y: 410 },
                { x: '2026-03-31', y: 432 },
              ],
            },
          ],
        },
        { title: 'T' },
      ),
    );
    expect(f.tableRows()).toEqual([
      ['31 Mar 2024', '398', ''],
      ['31 Mar 2025', '410', '410'],
      ['31 Mar 2026', '', '432'],
    ]);
    expect(f.all('path').filter((p) => p.getAttribute('stroke-dasharray') === '6 3')).toHaveLength(1);
    expect(f.all('text').map((t) => f.text(t))).toEqual(
      expect.arrayContaining(['31 Mar 2024', '31 Mar 2025', '31 Mar 2026']),
    );
  });

  it('lists every 3rd of 100 points (and the last) when the table would be too long', () => {
    const many = Array.from({ length: 100 }, (_, i) => ({ x: i, y: i * 2 }));
    const f = parseFigure(
      lineChart({ series: [{ name: 'y', points: many }] }, { title: 'T', maxTableRows: 40 }),
    );
    const rows = f.tableRows();
    expect(rows).toHaveLength(34); // 0, 3, …, 99
    expect(rows[1]).toEqual(['3', '6']);
    expect(rows.at(-1)).toEqual(['99', '198']);
    expect(f.text(f.all('caption')[0])).toContain('Every 3rd point of 100');
  });

  it('draws a numeric x axis with nice ticks', () => {
    const f = parseFigure(
      lineChart(
        {
          series: [
            {
              name: 'y',
              points: [
                { x: 0, y: 1 },
                { x: 47, y: 2 },
              ],
            },
          ],
        },
        { title: 'T' },
      ),
    );
    const labels = f.all('text').map((t) => f.text(t));
    expect(labels).toEqual(expect.arrayContaining(['10', '20', '30', '40']));
    expect(labels).not.toContain('50'); // beyond the data, so not drawn on the x axis
  });

  it('skips points that are not numbers or not dates, and says when there is nothing to draw', () => {
    const f = parseFigure(
      lineChart(
        {
          series: [
            {
              name: 'y',
              points: [
                { x: '2025-02-30', y: 1 },
                { x: '2025-03-31', y: Number.NaN },
                { x: '2025-04-01', y: 3 },
              ],
            },
          ],
        },
        { title: 'T' },
      ),
    );
    expect(f.tableRows()).toEqual([['1 Apr 2025', '3']]);
    const empty = lineChart({ series: [] }, { title: 'T' });
    expect(empty).not.toMatch(/NaN|Infinity/);
    expect(parseFigure(empty).text(parseFigure(empty).svg)).toContain('No data');
    expect(parseFigure(empty).tableRows()).toEqual([['No data']]);
  });
});

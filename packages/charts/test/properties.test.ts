import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { barChart } from '../src/bar-chart.js';
import { stackedBarChart } from '../src/stacked-bar-chart.js';
import { parseFigure } from './parse-figure.js';

const label = fc.string({
  unit: fc.constantFrom('a', 'Z', ' ', '<', '>', '&', '"', "'", '/', '=', '£', '’'),
  maxLength: 12,
});
const value = fc.integer({ min: 0, max: 1_000_000 });

describe('chart properties', () => {
  it('bar charts: any labels parse as text, the table repeats every label and value, longer bars for larger values', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ label, value }), { maxLength: 12 }), (bars) => {
        const f = parseFigure(barChart(bars, { title: 'T', format: String }));
        const rows = f.tableRows();
        if (bars.length === 0) {
          expect(rows).toEqual([['No data']]);
          return;
        }
        expect(rows).toEqual(bars.map((b) => [b.label, String(b.value)]));
        const widths = f.all('rect').map((r) => Number(r.getAttribute('width')));
        for (let i = 0; i < bars.length; i += 1)
          for (let j = 0; j < bars.length; j += 1)
            if ((bars[i]?.value ?? 0) < (bars[j]?.value ?? 0))
              expect(widths[i]).toBeLessThanOrEqual(widths[j] ?? 0);
      }),
      { numRuns: 150 },
    );
  });

  it('stacked bars: the segments of a row add up to the width of its total', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ label, values: fc.array(value, { minLength: 3, maxLength: 3 }) }), {
          minLength: 1,
          maxLength: 6,
        }),
        (bars) => {
          const markup = stackedBarChart(bars, { title: 'T', series: ['a', 'b', 'c'], format: String });
          const f = parseFigure(markup);
          expect(f.tableRows().map((r) => r.at(-1))).toEqual(
            bars.map((b) => String(b.values.reduce((s, v) => s + v, 0))),
          );
          const groups = f.all('g').filter((g) => g.getAttribute('class') === 'pw-chart__bar');
          const widest = Math.max(...bars.map((b) => b.values.reduce((s, v) => s + v, 0)));
          groups.forEach((g, i) => {
            const total = (bars[i]?.values ?? []).reduce((s, v) => s + v, 0);
            const drawn = f.all('rect', g).reduce((s, r) => s + Number(r.getAttribute('width')), 0);
            // Each segment is rounded to 0.1 px; the axis ends at a nice value at or above the widest total.
            if (widest > 0) expect(drawn).toBeLessThanOrEqual(340 + 0.15);
            if (total === widest && widest > 0) expect(drawn).toBeGreaterThan(340 / 2.5 - 0.15);
          });
        },
      ),
      { numRuns: 100 },
    );
  });
});

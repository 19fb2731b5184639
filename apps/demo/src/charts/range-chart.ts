import { h, svg } from '../dom/element.js';

/** One row: a distribution's 10th, 25th, 50th, 75th and 90th percentiles, and an optional reference. */
export interface RangeRow {
  label: string;
  p10: number;
  q1: number;
  median: number;
  q3: number;
  p90: number;
  reference?: number;
}

let counter = 0;

/**
 * Box plots on one scale: whiskers from the 10th to the 90th percentile, a box from the lower to the upper
 * quartile, a white median line, and a black diamond at the reference figure where there is one.
 *
 * @example
 * rangeChart({ title: 'Weekly fees', rows, format: (p) => `£${p / 100}`, summary: '…' })
 */
export function rangeChart(options: {
  title: string;
  rows: readonly RangeRow[];
  format: (value: number) => string;
  summary: string;
}): HTMLElement {
  counter += 1;
  const id = `range-${counter}`;
  const labelWidth = 250;
  const plot = 380;
  const rowHeight = 34;
  const top = 24;
  const width = labelWidth + plot + 30;
  const height = top + options.rows.length * rowHeight + 10;
  // A log scale, so a children's home at thousands a week and kinship care at hundreds both read clearly.
  const values = options.rows.flatMap((r) => [
    r.p10,
    r.p90,
    ...(r.reference === undefined ? [] : [r.reference]),
  ]);
  const lo = Math.log10(Math.max(1, Math.min(...values) * 0.8));
  const hi = Math.log10(Math.max(10, ...values) * 1.2);
  const x = (v: number) => labelWidth + ((Math.log10(Math.max(1, v)) - lo) / (hi - lo)) * plot;
  const ticks = [1, 3, 10, 30, 100, 300, 1000, 3000, 10000, 30000, 100000, 300000, 1000000, 3000000, 10000000]
    .map((t) => t * 100)
    .filter((t) => Math.log10(t) >= lo && Math.log10(t) <= hi);
  return h('figure', { class: 'pw-figure' }, [
    svg(
      'svg',
      {
        class: 'pw-chart',
        viewBox: `0 0 ${width} ${height}`,
        role: 'img',
        'aria-labelledby': `${id}-t ${id}-d`,
      },
      [
        svg('title', { id: `${id}-t` }, [options.title]),
        svg('desc', { id: `${id}-d` }, [options.summary]),
        ...ticks.flatMap((t) => [
          svg('line', {
            x1: x(t),
            x2: x(t),
            y1: top - 4,
            y2: height - 6,
            stroke: '#b1b4b6',
            'stroke-width': 1,
          }),
          svg('text', { x: x(t), y: 14, 'text-anchor': 'middle' }, [options.format(t)]),
        ]),
        ...options.rows.flatMap((row, i) => {
          const y = top + i * rowHeight;
          const mid = y + rowHeight / 2;
          const r = row.reference;
          return [
            svg('text', { x: labelWidth - 8, y: mid + 5, 'text-anchor': 'end' }, [row.label]),
            svg('line', {
              x1: x(row.p10),
              x2: x(row.p90),
              y1: mid,
              y2: mid,
              stroke: '#0b0c0c',
              'stroke-width': 1.5,
            }),
            svg('rect', {
              x: x(row.q1),
              y: y + 7,
              width: Math.max(2, x(row.q3) - x(row.q1)),
              height: rowHeight - 14,
              fill: '#1d70b8',
            }),
            svg('line', {
              x1: x(row.median),
              x2: x(row.median),
              y1: y + 7,
              y2: y + rowHeight - 7,
              stroke: '#ffffff',
              'stroke-width': 3,
            }),
            r !== undefined &&
              svg('path', {
                d: `M ${x(r)} ${mid - 8} l 7 8 l -7 8 l -7 -8 z`,
                fill: '#0b0c0c',
                stroke: '#ffffff',
                'stroke-width': 1,
              }),
          ];
        }),
      ],
    ),
    h('figcaption', { class: 'govuk-body-s' }, [
      `${options.title}. Line: 10th to 90th percentile. Blue box: middle half of fees, white line the median. Black diamond: the published reference figure. The scale is logarithmic.`,
    ]),
  ]);
}

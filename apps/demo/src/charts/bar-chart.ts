import { h, svg } from '../dom/element.js';

/** One bar: its label, its value, and the value as people read it. */
export interface Bar {
  label: string;
  value: number;
  valueLabel?: string;
  /** A second, lighter marker on the same row (a reference figure), drawn as a line. */
  marker?: number;
  markerLabel?: string;
}

let counter = 0;
const BLUE = '#1d70b8';
const BLACK = '#0b0c0c';

/**
 * A horizontal bar chart in SVG, described for screen readers by its title and a summary (the same figures
 * are always in a table beside it). Colours are presentation attributes: the CSP allows no inline styles.
 *
 * @example
 * barChart({ title: 'Findings by rule', bars: [{ label: 'ENG-01', value: 3 }] })
 */
export function barChart(options: { title: string; bars: readonly Bar[]; summary?: string }): HTMLElement {
  counter += 1;
  const id = `chart-${counter}`;
  const labelWidth = 230;
  const barArea = 330;
  const rowHeight = 28;
  const width = labelWidth + barArea + 90;
  const height = options.bars.length * rowHeight + 10;
  const max = Math.max(1, ...options.bars.flatMap((b) => [b.value, b.marker ?? 0]));
  const x = (v: number) => labelWidth + (v / max) * barArea;
  const rows = options.bars.flatMap((bar, i) => {
    const y = 5 + i * rowHeight;
    return [
      svg('text', { x: labelWidth - 8, y: y + 18, 'text-anchor': 'end' }, [bar.label]),
      svg('rect', {
        x: labelWidth,
        y: y + 4,
        width: Math.max(1, x(bar.value) - labelWidth),
        height: rowHeight - 10,
        fill: BLUE,
      }),
      svg('text', { x: x(bar.value) + 6, y: y + 18 }, [bar.valueLabel ?? String(bar.value)]),
      bar.marker !== undefined &&
        svg('line', {
          x1: x(bar.marker),
          x2: x(bar.marker),
          y1: y + 1,
          y2: y + rowHeight - 3,
          stroke: BLACK,
          'stroke-width': 3,
        }),
    ];
  });
  return h('figure', { class: 'pw-figure' }, [
    svg(
      'svg',
      {
        class: 'pw-chart',
        viewBox: `0 0 ${width} ${height}`,
        role: 'img',
        'aria-labelledby': `${id}-title ${id}-desc`,
        focusable: 'false',
      },
      [
        svg('title', { id: `${id}-title` }, [options.title]),
        svg('desc', { id: `${id}-desc` }, [
          options.summary ??
            options.bars
              .map(
                (b) => `${b.label}: ${b.valueLabel ?? b.value}${b.markerLabel ? ` (${b.markerLabel})` : ''}`,
              )
              .join('; '),
        ]),
        ...rows,
      ],
    ),
    h('figcaption', { class: 'govuk-body-s' }, [options.title]),
  ]);
}

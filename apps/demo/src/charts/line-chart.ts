import { h, svg } from '../dom/element.js';

/** A dated series of values. */
export interface Series {
  dates: readonly string[];
  values: readonly number[];
}

/** A shaded interval around a projection: lower and upper values on the projection's dates. */
export interface Band {
  lower: readonly number[];
  upper: readonly number[];
  fill: string;
}

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/**
 * A time chart: an observed series in black, a projected series in blue with its interval bands shaded, and
 * a year label on each 1 April.
 *
 * @example
 * lineChart({ title: 'Children in care', observed, projected, bands: [], summary: '…' })
 */
export function lineChart(options: {
  title: string;
  observed: Series;
  projected: Series;
  bands: readonly Band[];
  summary: string;
}): HTMLElement {
  const width = 680;
  const height = 320;
  const left = 50;
  const bottom = 30;
  const top = 10;
  const all = [...options.observed.dates, ...options.projected.dates];
  const x0 = day(all[0] ?? '2000-01-01');
  const x1 = day(all.at(-1) ?? '2000-01-02');
  const values = [
    ...options.observed.values,
    ...options.projected.values,
    ...options.bands.flatMap((b) => b.upper),
  ];
  const yMax = Math.max(10, ...values) * 1.1;
  const x = (iso: string) => left + ((day(iso) - x0) / Math.max(1, x1 - x0)) * (width - left - 10);
  const y = (v: number) => top + (1 - v / yMax) * (height - top - bottom);
  const path = (s: Series) =>
    s.dates
      .map((d, i) => `${i === 0 ? 'M' : 'L'} ${x(d).toFixed(1)} ${y(s.values[i] ?? 0).toFixed(1)}`)
      .join(' ');
  const band = (b: Band) => {
    const d = options.projected.dates;
    const upper = d.map((date, i) => `${x(date).toFixed(1)} ${y(b.upper[i] ?? 0).toFixed(1)}`);
    const lower = d.map((date, i) => `${x(date).toFixed(1)} ${y(b.lower[i] ?? 0).toFixed(1)}`).reverse();
    return svg('path', { d: `M ${[...upper, ...lower].join(' L ')} Z`, fill: b.fill });
  };
  const years = [...new Set(all.map((d) => d.slice(0, 4)))]
    .map((yr) => `${yr}-04-01`)
    .filter((d) => day(d) >= x0 && day(d) <= x1 - 40);
  const step = yMax > 400 ? 100 : yMax > 100 ? 50 : 10;
  const gridValues = Array.from({ length: Math.floor(yMax / step) + 1 }, (_, i) => i * step);
  return h('figure', { class: 'pw-figure' }, [
    svg(
      'svg',
      {
        class: 'pw-chart',
        viewBox: `0 0 ${width} ${height}`,
        role: 'img',
        'aria-labelledby': 'line-t line-d',
      },
      [
        svg('title', { id: 'line-t' }, [options.title]),
        svg('desc', { id: 'line-d' }, [options.summary]),
        ...gridValues.flatMap((v) => [
          svg('line', { x1: left, x2: width - 10, y1: y(v), y2: y(v), stroke: '#dddddd', 'stroke-width': 1 }),
          svg('text', { x: left - 6, y: y(v) + 4, 'text-anchor': 'end' }, [String(v)]),
        ]),
        ...years.flatMap((d) => [
          svg('line', {
            x1: x(d),
            x2: x(d),
            y1: top,
            y2: height - bottom,
            stroke: '#b1b4b6',
            'stroke-width': 1,
          }),
          svg('text', { x: x(d) + 3, y: height - 10 }, [`Apr ${d.slice(0, 4)}`]),
        ]),
        ...options.bands.map(band),
        svg('path', { d: path(options.observed), fill: 'none', stroke: '#0b0c0c', 'stroke-width': 2 }),
        svg('path', { d: path(options.projected), fill: 'none', stroke: '#1d70b8', 'stroke-width': 2.5 }),
      ],
    ),
    h('figcaption', { class: 'govuk-body-s' }, [
      `${options.title}. Black: observed. Blue: projected, with the 80% (darker) and 95% (lighter) intervals shaded.`,
    ]),
  ]);
}

import type { ChartOptions } from './chart-options.js';
import { GOVUK_COLOURS, SERIES_COLOURS } from './colours.js';
import { escapeMarkup } from './escape-markup.js';
import { colourName } from './internal/colour-name.js';
import { dateTicks } from './internal/date-ticks.js';
import { extent } from './internal/extent.js';
import { formatNumber } from './internal/format-number.js';
import { linearScale } from './internal/linear-scale.js';
import { niceTicks } from './internal/nice-ticks.js';
import { renderFigure } from './internal/render-figure.js';
import { legendHeight, renderLegend } from './internal/render-legend.js';
import { resolveId } from './internal/resolve-id.js';
import { svgNumber as n } from './internal/svg-number.js';
import { formatX, xNumber as parseX } from './internal/x-value.js';

/** A point on a line: `x` an ISO date (`2025-03-31`) or a number, `y` its value. */
export interface LinePoint {
  x: string | number;
  y: number;
}

/** One line of a {@link lineChart}. */
export interface LineSeries {
  name: string;
  points: readonly LinePoint[];
  /** Default: the next of {@link SERIES_COLOURS}. */
  colour?: string;
  /** Drawn dashed (a projection, say). Default: `false`. */
  dashed?: boolean;
}

/** A point of an interval band: the lower and upper bounds at `x`. */
export interface BandPoint {
  x: string | number;
  lower: number;
  upper: number;
}

/** A shaded interval (e.g. the 95% interval of a projection), drawn between its lower and upper bounds. */
export interface IntervalBand {
  name: string;
  points: readonly BandPoint[];
  /** Default: pale blue for the first band, a darker tint for the second. */
  colour?: string;
}

/** The lines of a {@link lineChart} and the bands shaded behind them (list wider bands first). */
export interface LineChartData {
  series: readonly LineSeries[];
  bands?: readonly IntervalBand[];
}

/** Options for {@link lineChart}. */
export interface LineChartOptions extends ChartOptions {
  /** Month and day of the yearly tick on a date axis. Default: `03-31` (the SSDA903 snapshot date). */
  yearTick?: string;
  /** Most rows in the table; longer series are listed at every n-th x, always with the last. Default: 40. */
  maxTableRows?: number;
}

const WIDTH = 680;
const HEIGHT = 320;
const BAND_COLOURS = [GOVUK_COLOURS.paleBlue, '#8eb8dc', '#5694ca'];

/**
 * A line chart over dates or numbers: each series a line, each interval band shaded between its lower and
 * upper bounds, a yearly tick on date axes; returns a `<figure>` with the SVG, a key, a caption and a table of
 * every line's and band's values.
 *
 * @example
 * const html = lineChart(
 *   {
 *     series: [{ name: 'Projected', points: [{ x: '2025-03-31', y: 410 }, { x: '2026-03-31', y: 432 }] }],
 *     bands: [{ name: '95% interval', points: [{ x: '2025-03-31', lower: 400, upper: 420 }, { x: '2026-03-31', lower: 405, upper: 460 }] }],
 *   },
 *   { title: 'Children in care at 31 March' },
 * );
 */
export function lineChart(data: LineChartData, options: LineChartOptions): string {
  // Each x is parsed once: a daily series repeats the same dates across its line, bands and table.
  const days = new Map<string | number, number>();
  const xNumber = (x: string | number) => {
    let day = days.get(x);
    if (day === undefined) {
      day = parseX(x);
      days.set(x, day);
    }
    return day;
  };
  const format = options.format ?? formatNumber;
  const bands = data.bands ?? [];
  const id = resolveId('line', options.id, options.title, data);
  const usable = (x: string | number, ...ys: number[]) =>
    Number.isFinite(xNumber(x)) && ys.every(Number.isFinite);
  const series = data.series.map((s) => ({ ...s, points: s.points.filter((p) => usable(p.x, p.y)) }));
  const shaded = bands.map((b) => ({ ...b, points: b.points.filter((p) => usable(p.x, p.lower, p.upper)) }));
  const xs = [
    ...series.flatMap((s) => s.points.map((p) => p.x)),
    ...shaded.flatMap((b) => b.points.map((p) => p.x)),
  ];
  const ys = [
    ...series.flatMap((s) => s.points.map((p) => p.y)),
    ...shaded.flatMap((b) => b.points.flatMap((p) => [p.lower, p.upper])),
  ];
  const isDate = xs.some((x) => typeof x === 'string');
  const [x0, x1] = extent(xs.map(xNumber)) ?? [0, 1];
  const [y0, y1] = extent(ys) ?? [0, 0];
  const yTicks = niceTicks(Math.min(0, y0), Math.max(0, y1));
  const left = Math.max(40, Math.max(...yTicks.values.map((v) => format(v).length)) * 8 + 12);
  const names = [...series.map((s) => s.name), ...shaded.map((b) => b.name)];
  const top = legendHeight(names.length > 1 ? names.length : 0) + 10;
  const bottom = 30;
  const x = linearScale(x0, x1 === x0 ? x0 + 1 : x1, left, WIDTH - 14);
  const y = linearScale(yTicks.min, yTicks.max, HEIGHT - bottom, top);
  // Series without a colour of their own take SERIES_COLOURS in turn, so the first of them is blue.
  const uncoloured: readonly LineSeries[] = series.filter((s) => s.colour === undefined);
  const colourOf = (s: LineSeries) =>
    s.colour ?? SERIES_COLOURS[uncoloured.indexOf(s) % SERIES_COLOURS.length] ?? GOVUK_COLOURS.blue;
  const bandColour = (b: IntervalBand, i: number) =>
    b.colour ?? BAND_COLOURS[i % BAND_COLOURS.length] ?? GOVUK_COLOURS.paleBlue;
  const xTicks = isDate
    ? dateTicks(x0, x1, options.yearTick ?? '03-31')
    : niceTicks(x0, x1).values.filter((v) => v >= x0 && v <= x1);
  const grid = [
    ...yTicks.values.map(
      (v) =>
        `<line x1="${left}" x2="${WIDTH - 14}" y1="${n(y(v))}" y2="${n(y(v))}" stroke="${GOVUK_COLOURS.midGrey}" stroke-width="1"/><text x="${left - 6}" y="${n(y(v) + 5)}" text-anchor="end">${escapeMarkup(format(v))}</text>`,
    ),
    ...xTicks.map((t) => {
      const at = x(xNumber(t));
      const label = formatX(t);
      // A label centred on a tick near either edge would be cut off: anchor it to the inside instead.
      const half = label.length * 3.75;
      const anchor = at + half > WIDTH ? 'end' : at - half < 0 ? 'start' : 'middle';
      return `<line x1="${n(at)}" x2="${n(at)}" y1="${top}" y2="${HEIGHT - bottom}" stroke="${GOVUK_COLOURS.midGrey}" stroke-width="1"/><text x="${n(at)}" y="${HEIGHT - 10}" text-anchor="${anchor}">${escapeMarkup(label)}</text>`;
    }),
  ].join('');
  const areas = shaded.map((b, i) => {
    if (b.points.length === 0) return '';
    const upper = b.points.map((p) => `${n(x(xNumber(p.x)))} ${n(y(p.upper))}`);
    const lower = b.points.map((p) => `${n(x(xNumber(p.x)))} ${n(y(p.lower))}`).reverse();
    return `<path class="pw-chart__band" d="M ${[...upper, ...lower].join(' L ')} Z" fill="${escapeMarkup(bandColour(b, i))}"/>`;
  });
  const lines = series.map((s) => {
    const colour = escapeMarkup(colourOf(s));
    if (s.points.length === 1) {
      const p = s.points[0] as LinePoint;
      return `<circle cx="${n(x(xNumber(p.x)))}" cy="${n(y(p.y))}" r="3" fill="${colour}"/>`;
    }
    const d = s.points.map((p, j) => `${j === 0 ? 'M' : 'L'} ${n(x(xNumber(p.x)))} ${n(y(p.y))}`).join(' ');
    return d
      ? `<path class="pw-chart__line" d="${d}" fill="none" stroke="${colour}" stroke-width="2.5"${s.dashed ? ' stroke-dasharray="6 3"' : ''}/>`
      : '';
  });
  const legend =
    names.length > 1
      ? renderLegend(names, [...series.map(colourOf), ...shaded.map(bandColour)], left, 4)
      : '';
  const body =
    xs.length === 0
      ? `<text x="${WIDTH / 2}" y="${HEIGHT / 2}" text-anchor="middle">No data</text>`
      : `${grid}${areas.join('')}${lines.join('')}${legend}`;
  const table = lineTable(series, shaded, format, options.maxTableRows ?? 40, xNumber);
  return renderFigure(
    {
      id,
      width: WIDTH,
      height: HEIGHT,
      body,
      description: xs.length === 0 ? 'No data.' : describe(series, shaded, format),
      key: [
        ...series.map((s) => `${s.name}: ${colourName(colourOf(s))}${s.dashed ? ' dashed' : ''} line`),
        ...shaded.map((b, i) => `${b.name}: ${colourName(bandColour(b, i))} shading`),
      ].join('; '),
      table: {
        head: [options.labelName ?? (isDate ? 'Date' : 'x'), ...table.head],
        rows: table.rows,
        ...(table.note ? { note: table.note } : {}),
      },
    },
    options,
  );
}

function describe(
  series: readonly LineSeries[],
  bands: readonly IntervalBand[],
  format: (v: number) => string,
): string {
  const parts = series
    .filter((s) => s.points.length > 0)
    .map((s) => {
      const first = s.points[0] as LinePoint;
      const last = s.points[s.points.length - 1] as LinePoint;
      return `${s.name}: ${format(first.y)} on ${formatX(first.x)} to ${format(last.y)} on ${formatX(last.x)}`;
    });
  const intervals = bands
    .filter((b) => b.points.length > 0)
    .map((b) => {
      const last = b.points[b.points.length - 1] as BandPoint;
      return `${b.name} on ${formatX(last.x)}: ${format(last.lower)} to ${format(last.upper)}`;
    });
  return `${[...parts, ...intervals].join('; ')}.`;
}

function lineTable(
  series: readonly LineSeries[],
  bands: readonly IntervalBand[],
  format: (v: number) => string,
  maxRows: number,
  xNumber: (x: string | number) => number,
): { head: string[]; rows: string[][]; note?: string } {
  const keys = new Map<number, string | number>();
  for (const p of [...series.flatMap((s) => s.points), ...bands.flatMap((b) => b.points)])
    keys.set(xNumber(p.x), p.x);
  const ordered = [...keys.entries()].sort((a, b) => a[0] - b[0]);
  const every = Math.max(1, Math.ceil(ordered.length / Math.max(1, maxRows)));
  const kept = ordered.filter((_, i) => i % every === 0 || i === ordered.length - 1);
  const seriesAt = series.map((s) => new Map(s.points.map((p) => [xNumber(p.x), p.y])));
  const bandAt = bands.map((b) => new Map(b.points.map((p) => [xNumber(p.x), p])));
  const cell = (v: number | undefined) => (v === undefined ? '' : format(v));
  return {
    head: [...series.map((s) => s.name), ...bands.flatMap((b) => [`${b.name}: lower`, `${b.name}: upper`])],
    rows: kept.map(([key, raw]) => [
      formatX(raw),
      ...seriesAt.map((m) => cell(m.get(key))),
      ...bandAt.flatMap((m) => [cell(m.get(key)?.lower), cell(m.get(key)?.upper)]),
    ]),
    ...(every > 1 ? { note: `Every ${ordinal(every)} point of ${ordered.length}, and the last.` } : {}),
  };
}

function ordinal(k: number): string {
  const suffix =
    k % 100 >= 11 && k % 100 <= 13
      ? 'th'
      : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[k % 10] ?? 'th');
  return `${k}${suffix}`;
}

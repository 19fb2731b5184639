import type { ChartOptions } from './chart-options.js';
import { GOVUK_COLOURS } from './colours.js';
import { escapeMarkup } from './escape-markup.js';
import { finite } from './internal/finite.js';
import { formatNumber } from './internal/format-number.js';
import { fitLabel, labelWidth } from './internal/label-width.js';
import { linearScale } from './internal/linear-scale.js';
import { logTicks } from './internal/log-ticks.js';
import { niceTicks } from './internal/nice-ticks.js';
import { renderFigure } from './internal/render-figure.js';
import { resolveId } from './internal/resolve-id.js';
import { svgNumber as n } from './internal/svg-number.js';

/** One row of a {@link rangeChart}: a distribution's 10th, 25th, 50th, 75th and 90th percentiles. */
export interface RangeRow {
  label: string;
  p10: number;
  q1: number;
  median: number;
  q3: number;
  p90: number;
  /** A reference figure for the row (a published average, say), drawn as a black diamond. */
  reference?: number;
}

/** Options for {@link rangeChart}. */
export interface RangeChartOptions extends ChartOptions {
  /** `log` when rows differ by orders of magnitude (hundreds and thousands a week). Default: `linear`. */
  scale?: 'linear' | 'log';
  /** What the diamonds are, for the key and the table. Default: `Reference`. */
  referenceName?: string;
  /** A value marked across every row with a red dashed line (e.g. a high-cost threshold). */
  threshold?: { value: number; label: string };
}

const PLOT = 380;
const ROW = 34;
const TOP = 26;

/**
 * Box plots on one axis: a whisker from the 10th to the 90th percentile, a blue box from the lower to the upper
 * quartile, a white median line, an optional reference diamond per row and an optional threshold line; returns
 * a `<figure>` with the SVG, a key, a caption and a table of the percentiles.
 *
 * @example
 * const html = rangeChart(
 *   [{ label: 'Foster care', p10: 400, q1: 480, median: 560, q3: 700, p90: 900, reference: 600 }],
 *   { title: 'Weekly fees (£)', referenceName: 'National average' },
 * );
 */
export function rangeChart(rows: readonly RangeRow[], options: RangeChartOptions): string {
  const format = options.format ?? formatNumber;
  const id = resolveId('range', options.id, options.title, rows);
  const left = labelWidth(rows.map((r) => r.label));
  const width = left + PLOT + 40;
  const height = TOP + Math.max(1, rows.length) * ROW + 10;
  const values = [
    ...rows.flatMap((r) => [
      r.p10,
      r.q1,
      r.median,
      r.q3,
      r.p90,
      ...(r.reference === undefined ? [] : [r.reference]),
    ]),
    ...(options.threshold ? [options.threshold.value] : []),
  ].map(finite);
  const log = options.scale === 'log';
  const ticks = log
    ? logTicks(Math.min(...values), Math.max(...values))
    : niceTicks(Math.min(0, ...values), Math.max(0, ...values));
  const toAxis = log ? (v: number) => Math.log10(Math.max(ticks.min, v)) : (v: number) => v;
  const scale = linearScale(toAxis(ticks.min), toAxis(ticks.max), left, left + PLOT);
  const x = (v: number) => scale(toAxis(finite(v)));
  const axis = ticks.values
    .map(
      (t) =>
        `<line x1="${n(x(t))}" x2="${n(x(t))}" y1="${TOP - 4}" y2="${height - 6}" stroke="${GOVUK_COLOURS.midGrey}" stroke-width="1"/><text x="${n(x(t))}" y="16" text-anchor="middle">${escapeMarkup(format(t))}</text>`,
    )
    .join('');
  const marks = rows
    .map((row, i) => {
      const y = TOP + i * ROW;
      const mid = y + ROW / 2;
      const ref =
        row.reference === undefined
          ? ''
          : `<path class="pw-chart__reference" d="M ${n(x(row.reference))} ${mid - 8} l 7 8 l -7 8 l -7 -8 z" fill="${GOVUK_COLOURS.black}" stroke="${GOVUK_COLOURS.white}" stroke-width="1"/>`;
      return `<g class="pw-chart__range"><text x="${left - 8}" y="${mid + 5}" text-anchor="end">${escapeMarkup(fitLabel(row.label, left))}</text><line x1="${n(x(row.p10))}" x2="${n(x(row.p90))}" y1="${mid}" y2="${mid}" stroke="${GOVUK_COLOURS.black}" stroke-width="1.5"/><rect x="${n(x(row.q1))}" y="${y + 7}" width="${n(Math.max(2, x(row.q3) - x(row.q1)))}" height="${ROW - 14}" fill="${GOVUK_COLOURS.blue}"/><line x1="${n(x(row.median))}" x2="${n(x(row.median))}" y1="${y + 7}" y2="${y + ROW - 7}" stroke="${GOVUK_COLOURS.white}" stroke-width="3"/>${ref}</g>`;
    })
    .join('');
  const t = options.threshold;
  const threshold = t
    ? `<line class="pw-chart__threshold" x1="${n(x(t.value))}" x2="${n(x(t.value))}" y1="${TOP - 4}" y2="${height - 6}" stroke="${GOVUK_COLOURS.red}" stroke-width="2" stroke-dasharray="4 3"/><text x="${n(x(t.value) - 4)}" y="${height - 10}" text-anchor="end" fill="${GOVUK_COLOURS.red}">${escapeMarkup(t.label)}</text>`
    : '';
  const hasReference = rows.some((r) => r.reference !== undefined);
  const referenceName = options.referenceName ?? 'Reference';
  return renderFigure(
    {
      id,
      width,
      height,
      body:
        rows.length === 0
          ? `<text x="${width / 2}" y="${TOP + 20}" text-anchor="middle">No data</text>`
          : axis + marks + threshold,
      description:
        rows.length === 0
          ? 'No data.'
          : `${rows
              .map(
                (r) =>
                  `${r.label}: median ${format(r.median)}, middle half ${format(r.q1)} to ${format(r.q3)}, 10th to 90th percentile ${format(r.p10)} to ${format(r.p90)}${r.reference === undefined ? '' : `, ${referenceName} ${format(r.reference)}`}`,
              )
              .join('; ')}.`,
      key: [
        'Line: 10th to 90th percentile. Blue box: middle half, white line the median',
        ...(hasReference ? [`Black diamond: ${referenceName}`] : []),
        ...(t ? [`Red dashed line: ${t.label} (${format(t.value)})`] : []),
        ...(log ? ['The scale is logarithmic'] : []),
      ].join('. '),
      table: {
        head: [
          options.labelName ?? 'Label',
          '10th percentile',
          'Lower quartile',
          'Median',
          'Upper quartile',
          '90th percentile',
          ...(hasReference ? [referenceName] : []),
        ],
        rows: rows.map((r) => [
          r.label,
          ...[r.p10, r.q1, r.median, r.q3, r.p90].map(format),
          ...(hasReference ? [r.reference === undefined ? '' : format(r.reference)] : []),
        ]),
      },
    },
    options,
  );
}

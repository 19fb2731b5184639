import type { ChartOptions } from './chart-options.js';
import { GOVUK_COLOURS } from './colours.js';
import { escapeMarkup } from './escape-markup.js';
import { finite } from './internal/finite.js';
import { formatNumber } from './internal/format-number.js';
import { fitLabel, labelWidth } from './internal/label-width.js';
import { linearScale } from './internal/linear-scale.js';
import { niceTicks } from './internal/nice-ticks.js';
import { renderFigure } from './internal/render-figure.js';
import { resolveId } from './internal/resolve-id.js';
import { svgNumber as n } from './internal/svg-number.js';

/** One bar of a {@link barChart}. */
export interface BarDatum {
  label: string;
  value: number;
  /** How the value is written beside the bar and in the table. Default: `options.format(value)`. */
  valueLabel?: string;
  /** A reference figure on the same row (e.g. England's), drawn as a black line across the bar. */
  marker?: number;
}

/** Options for {@link barChart}. */
export interface BarChartOptions extends ChartOptions {
  /** Heading of the value column in the table. Default: `Value`. */
  valueName?: string;
  /** What the markers are (e.g. `England 2024`), for the key and the table. Default: `Reference`. */
  markerName?: string;
}

const PLOT = 340;
const ROW = 28;

/**
 * A horizontal bar chart: one bar per datum with its value written at the end, and an optional reference
 * marker on each row; returns a `<figure>` holding the SVG, a caption and the figures as a table.
 *
 * @example
 * const html = barChart(
 *   [{ label: 'Foster care', value: 120 }, { label: 'Children’s homes', value: 31 }],
 *   { title: 'Children at 31 March by placement' },
 * );
 */
export function barChart(bars: readonly BarDatum[], options: BarChartOptions): string {
  const format = options.format ?? formatNumber;
  const id = resolveId('bar', options.id, options.title, bars);
  const left = labelWidth(bars.map((b) => b.label));
  const width = left + PLOT + 110;
  const height = Math.max(1, bars.length) * ROW + 10;
  const values = bars.flatMap((b) => [
    finite(b.value),
    ...(b.marker === undefined ? [] : [finite(b.marker)]),
  ]);
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values));
  const x = linearScale(ticks.min, ticks.max, left, left + PLOT);
  const written = (b: BarDatum) => b.valueLabel ?? format(b.value);
  const hasMarkers = bars.some((b) => b.marker !== undefined);
  const markerName = options.markerName ?? 'Reference';
  const body =
    bars.length === 0
      ? `<text x="${width / 2}" y="24" text-anchor="middle">No data</text>`
      : bars
          .map((bar, i) => {
            const y = 5 + i * ROW;
            const v = finite(bar.value);
            const x0 = Math.min(x(0), x(v));
            const marker =
              bar.marker === undefined
                ? ''
                : `<line class="pw-chart__marker" x1="${n(x(finite(bar.marker)))}" x2="${n(x(finite(bar.marker)))}" y1="${y + 1}" y2="${y + ROW - 3}" stroke="${GOVUK_COLOURS.black}" stroke-width="3"/>`;
            return `<g class="pw-chart__bar"><text x="${left - 8}" y="${y + 18}" text-anchor="end">${escapeMarkup(fitLabel(bar.label, left))}</text><rect x="${n(x0)}" y="${y + 4}" width="${n(Math.max(1, Math.abs(x(v) - x(0))))}" height="${ROW - 10}" fill="${GOVUK_COLOURS.blue}"/><text x="${n(Math.max(x(v), x(0), bar.marker === undefined ? 0 : x(finite(bar.marker)) + 2) + 6)}" y="${y + 18}">${escapeMarkup(written(bar))}</text>${marker}</g>`;
          })
          .join('');
  return renderFigure(
    {
      id,
      width,
      height,
      body,
      description:
        bars.length === 0
          ? 'No data.'
          : `${bars
              .map(
                (b) =>
                  `${b.label}: ${written(b)}${b.marker === undefined ? '' : ` (${markerName}: ${format(b.marker)})`}`,
              )
              .join('; ')}.`,
      key: hasMarkers ? `Blue bars: values. Black lines: ${markerName}` : '',
      table: {
        head: [
          options.labelName ?? 'Label',
          options.valueName ?? 'Value',
          ...(hasMarkers ? [markerName] : []),
        ],
        rows: bars.map((b) => [
          b.label,
          written(b),
          ...(hasMarkers ? [b.marker === undefined ? '' : format(b.marker)] : []),
        ]),
      },
    },
    options,
  );
}

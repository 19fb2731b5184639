import { SERIES_COLOURS } from '../colours.js';
import { escapeMarkup } from '../escape-markup.js';
import type { MultiBarDatum, MultiBarOptions } from '../multi-bar.js';
import { colourName } from './colour-name.js';
import { finite } from './finite.js';
import { formatNumber } from './format-number.js';
import { fitLabel, labelWidth } from './label-width.js';
import { linearScale } from './linear-scale.js';
import { niceTicks } from './nice-ticks.js';
import { renderFigure } from './render-figure.js';
import { legendHeight, renderLegend } from './render-legend.js';
import { resolveId } from './resolve-id.js';
import { svgNumber as n } from './svg-number.js';

const PLOT = 340;

/** Draws rows of several values either stacked end to end or as a group of thinner bars. */
export function renderMultiBars(
  bars: readonly MultiBarDatum[],
  options: MultiBarOptions,
  layout: 'stacked' | 'grouped',
): string {
  const format = options.format ?? formatNumber;
  const colours = options.colours && options.colours.length > 0 ? options.colours : SERIES_COLOURS;
  const count = Math.max(1, options.series.length);
  const id = resolveId(layout, options.id, options.title, { bars, series: options.series });
  const left = labelWidth(bars.map((b) => b.label));
  const width = left + PLOT + 110;
  const top = legendHeight(options.series.length) + 4;
  const barHeight = layout === 'stacked' ? 18 : 16;
  const row = (layout === 'stacked' ? barHeight : count * barHeight) + 10;
  const height = top + Math.max(1, bars.length) * row + 4;
  const value = (b: MultiBarDatum, s: number) => Math.max(0, finite(b.values[s]));
  // What a value is written as: its own words when the datum gives them, else its figure.
  const written = (b: MultiBarDatum, s: number) => b.valueLabels?.[s] ?? format(value(b, s));
  const total = (b: MultiBarDatum) => options.series.reduce((sum, _, s) => sum + value(b, s), 0);
  const max = Math.max(
    0,
    ...bars.map((b) =>
      layout === 'stacked' ? total(b) : Math.max(0, ...options.series.map((_, s) => value(b, s))),
    ),
  );
  const ticks = niceTicks(0, max);
  const x = linearScale(ticks.min, ticks.max, left, left + PLOT);
  const colour = (s: number) => escapeMarkup(colours[s % colours.length] ?? '#1d70b8');
  const rows = bars.map((bar, i) => {
    const y = top + i * row;
    const label = `<text x="${left - 8}" y="${n(y + (row - 10) / 2 + 5)}" text-anchor="end">${escapeMarkup(fitLabel(bar.label, left))}</text>`;
    if (layout === 'grouped') {
      const marks = options.series.map((name, s) => {
        const by = y + s * barHeight;
        return `<rect x="${left}" y="${by}" width="${n(x(value(bar, s)) - left)}" height="${barHeight - 3}" fill="${colour(s)}"><title>${escapeMarkup(`${name}: ${written(bar, s)}`)}</title></rect><text x="${n(x(value(bar, s)) + 6)}" y="${by + barHeight - 5}">${escapeMarkup(written(bar, s))}</text>`;
      });
      return `<g class="pw-chart__bar">${label}${marks.join('')}</g>`;
    }
    let start = 0;
    const marks = options.series.map((name, s) => {
      const v = value(bar, s);
      const mark = `<rect x="${n(x(start))}" y="${y}" width="${n(x(start + v) - x(start))}" height="${barHeight}" fill="${colour(s)}"><title>${escapeMarkup(`${name}: ${written(bar, s)}`)}</title></rect>`;
      start += v;
      return mark;
    });
    return `<g class="pw-chart__bar">${label}${marks.join('')}<text x="${n(x(start) + 6)}" y="${y + barHeight - 4}">${escapeMarkup(format(start))}</text></g>`;
  });
  const body =
    bars.length === 0
      ? `<text x="${width / 2}" y="${top + 20}" text-anchor="middle">No data</text>`
      : renderLegend(options.series, colours, left, 4) + rows.join('');
  const describe = (b: MultiBarDatum) =>
    `${b.label}: ${options.series.map((name, s) => `${name} ${written(b, s)}`).join(', ')}${layout === 'stacked' ? ` (total ${format(total(b))})` : ''}`;
  return renderFigure(
    {
      id,
      width,
      height,
      body,
      description: bars.length === 0 ? 'No data.' : `${bars.map(describe).join('; ')}.`,
      key:
        options.series.length > 0
          ? `${options.series.map((name, s) => `${name}: ${colourName(colours[s % colours.length])}`).join('; ')}`
          : '',
      table: {
        head: [options.labelName ?? 'Label', ...options.series, ...(layout === 'stacked' ? ['Total'] : [])],
        rows: bars.map((b) => [
          b.label,
          ...options.series.map((_, s) => written(b, s)),
          ...(layout === 'stacked' ? [format(total(b))] : []),
        ]),
      },
    },
    options,
  );
}

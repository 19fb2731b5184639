import { type MultiBarDatum, type MultiBarOptions, renderMultiBars } from './internal/render-multi-bars.js';

/** One row of a {@link groupedBarChart}: a label and one value per series, in the order of `options.series`. */
export type GroupedBarDatum = MultiBarDatum;

/** Options for {@link groupedBarChart}: the series' names (the key and the table's columns) and colours. */
export interface GroupedBarChartOptions extends MultiBarOptions {
  /** Series names, in the order of each datum's `values`. */
  series: readonly string[];
  /** Colours by series. Default: {@link SERIES_COLOURS}. */
  colours?: readonly string[];
}

/**
 * A horizontal grouped bar chart: for each row, one thinner bar per series side by side (this authority
 * beside England, say), each with its value. Returns a `<figure>` with the SVG, a key, a caption and a table.
 *
 * @example
 * const html = groupedBarChart(
 *   [{ label: 'Within 20 miles', values: [71, 74] }],
 *   { title: 'Share placed by distance', series: ['This authority', 'England'], format: (v) => `${v}%` },
 * );
 */
export function groupedBarChart(bars: readonly GroupedBarDatum[], options: GroupedBarChartOptions): string {
  return renderMultiBars(bars, options, 'grouped');
}

import { type MultiBarDatum, type MultiBarOptions, renderMultiBars } from './internal/render-multi-bars.js';

/** One row of a {@link stackedBarChart}: a label and one value per series, in the order of `options.series`. */
export type StackedBarDatum = MultiBarDatum;

/** Options for {@link stackedBarChart}: the series' names (the key and the table's columns) and colours. */
export interface StackedBarChartOptions extends MultiBarOptions {
  /** Series names, in the order of each datum's `values`. */
  series: readonly string[];
  /** Colours by series. Default: {@link SERIES_COLOURS}. */
  colours?: readonly string[];
}

/**
 * A horizontal stacked bar chart: each row's values laid end to end in their series' colours, with the total
 * at the end; negative values count as 0. Returns a `<figure>` with the SVG, a key, a caption and a table.
 *
 * @example
 * const html = stackedBarChart(
 *   [{ label: '2023-24', values: [80, 20] }, { label: '2024-25', values: [85, 25] }],
 *   { title: 'Children in care by sector', series: ['In-house', 'External'] },
 * );
 */
export function stackedBarChart(bars: readonly StackedBarDatum[], options: StackedBarChartOptions): string {
  return renderMultiBars(bars, options, 'stacked');
}

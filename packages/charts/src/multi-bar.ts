import type { ChartOptions } from './chart-options.js';

/** One row of several values, one per series, as stacked and grouped bar charts take them. */
export interface MultiBarDatum {
  label: string;
  /** One value per series, in the order of the options' `series`; missing or negative values count as 0. */
  values: readonly number[];
}

/** What stacked and grouped bar charts share: the series' names and, optionally, their colours. */
export interface MultiBarOptions extends ChartOptions {
  /** Series names, in the order of each datum's `values`: the key and the table's columns. */
  series: readonly string[];
  /** Colours by series. Default: `SERIES_COLOURS`. */
  colours?: readonly string[];
}

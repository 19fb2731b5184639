import type { ChartOptions } from './chart-options.js';

/** One row of several values, one per series, as stacked and grouped bar charts take them. */
export interface MultiBarDatum {
  label: string;
  /** One value per series, in the order of the options' `series`; missing or negative values count as 0. */
  values: readonly number[];
  /**
   * Words written in place of a value's figure, by series (e.g. `c` for a count suppressed from publication):
   * in its mark's tooltip, the description and the table. The value itself still sizes the mark, so give 0
   * for a figure that must not be drawn.
   */
  valueLabels?: readonly (string | undefined)[];
}

/** What stacked and grouped bar charts share: the series' names and, optionally, their colours. */
export interface MultiBarOptions extends ChartOptions {
  /** Series names, in the order of each datum's `values`: the key and the table's columns. */
  series: readonly string[];
  /** Colours by series. Default: `SERIES_COLOURS`. */
  colours?: readonly string[];
}

/**
 * Where a chart's data table goes: folded in a `<details>` under the chart (the default), shown as a table, or
 * left out (only when the page already shows the same figures in a table of its own).
 */
export type ChartTable = 'details' | 'visible' | 'none';

/** The options every chart takes: its words, its id, its table and how it writes numbers. */
export interface ChartOptions {
  /** The chart's accessible name (SVG `<title>`), also the table's caption. Required. */
  title: string;
  /** The SVG `<desc>` read after the title. Default: a summary of the figures written from the data. */
  description?: string;
  /** The visible caption under the chart. Default: the title followed by a key to the marks. */
  caption?: string;
  /** The id the title, description and table hang off. Default: derived from the title and the data. */
  id?: string;
  /** Where the data table goes. Default: `'details'`. */
  table?: ChartTable;
  /** How values are written on the chart and in the table. Default: en-GB grouping, at most 2 decimals. */
  format?: (value: number) => string;
  /** Heading of the table's first column (what each row is). Default depends on the chart (`Label`, `Date`…). */
  labelName?: string;
  /** Extra class names for the `<svg>` (the element always has `pw-chart`). */
  className?: string;
}

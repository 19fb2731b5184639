export type { BarChartOptions, BarDatum } from './bar-chart.js';
export { barChart } from './bar-chart.js';
export type { ChartOptions, ChartTable } from './chart-options.js';
export { GOVUK_COLOURS, SERIES_COLOURS } from './colours.js';
export type { DistanceMapData, DistanceMapOptions, GridPosition, MapPlace } from './distance-map.js';
export { distanceMap } from './distance-map.js';
export { escapeMarkup } from './escape-markup.js';
export type { GroupedBarChartOptions, GroupedBarDatum } from './grouped-bar-chart.js';
export { groupedBarChart } from './grouped-bar-chart.js';
export type {
  BandPoint,
  IntervalBand,
  LineChartData,
  LineChartOptions,
  LinePoint,
  LineSeries,
} from './line-chart.js';
export { lineChart } from './line-chart.js';
export type { MultiBarDatum, MultiBarOptions } from './multi-bar.js';
export type { RangeChartOptions, RangeRow } from './range-chart.js';
export { rangeChart } from './range-chart.js';
export type { StackedBarChartOptions, StackedBarDatum } from './stacked-bar-chart.js';
export { stackedBarChart } from './stacked-bar-chart.js';

export { adjustRates } from './adjust-rates.js';
export type { BacktestOptions, BacktestResult } from './backtest.js';
export { backtest } from './backtest.js';
export type { CompareScenariosResult, ScenarioComparison, ScenarioRow } from './compare-scenarios.js';
export { BASELINE_SCENARIO, compareScenarios } from './compare-scenarios.js';
export type {
  DemandProjection,
  ProjectDemandOptions,
  ProjectionYear,
  YearEndCount,
} from './demand-projection.js';
export { MAX_HORIZON_DAYS } from './demand-projection.js';
export { formatTableCsv, writeTablesXlsx } from './export-tables.js';
export { MIN_FIT_CHILDREN, MIN_FIT_SHARE } from './fit-limits.js';
export { buildFlowModel } from './flow-model.js';
export type { BuildFlowModelOptions, FlowModel } from './flow-model-types.js';
export type { DemandForecast, ForecastDemandOptions, ForecastDemandResult } from './forecast-demand.js';
export { forecastDemand } from './forecast-demand.js';
export type { SeriesIntervals, YearEndFigure } from './forecast-figures.js';
export { ForecastOptionsError } from './forecast-options-error.js';
export type { ForecastYearEnds, ForecastYearEndsResult } from './forecast-year-ends.js';
export { forecastYearEnds } from './forecast-year-ends.js';
export type { Rates } from './internal/integrate.js';
export type {
  AnnualReturn,
  LongitudinalHistory,
  MergeReturnsOptions,
  MergeStrategy,
  MergeSummary,
} from './merge-returns.js';
export { mergeReturns } from './merge-returns.js';
export type { ObserveDemandOptions, ObserveDemandResult, ObservedDemand } from './observe-demand.js';
export { observeDemand } from './observe-demand.js';
export type { ParseScenariosOptions } from './parse-scenarios.js';
export { parseScenarios } from './parse-scenarios.js';
export { projectDemand } from './project-demand.js';
export type {
  CostLine,
  ProjectedSpendYear,
  ProjectSpendOptions,
  SpendFigure,
  WeeklyCosts,
} from './project-spend.js';
export { projectSpend } from './project-spend.js';
export { DemandAdjustments, Scenario, ScenarioFile } from './scenario.js';
export type { AgeBand, FlowState, ForecastCategories } from './states.js';
export {
  DEFAULT_AGE_BANDS,
  DEFAULT_FORECAST_CATEGORIES,
  listCategories,
  listStates,
  OTHER_CATEGORY,
} from './states.js';
export type { ForecastTable, ForecastTableParts } from './tabulate-forecast.js';
export { tabulateForecast } from './tabulate-forecast.js';

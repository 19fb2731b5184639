export { Approval, ApprovalKind } from './approval.js';
export type { Comparators, FindComparatorsOptions, StabilityComparator } from './comparators.js';
export { findComparators } from './comparators.js';
export type { SufficiencyDataset } from './dataset.js';
export type { DatasetIndex } from './dataset-index.js';
export { indexDataset } from './dataset-index.js';
export { DolOrder } from './dol-order.js';
export type { EvaluateRulesOptions, RuleDates, RuleRun } from './evaluate-rules.js';
export { evaluateRules, runRules } from './evaluate-rules.js';
// Demand forecast (issue 8).
export type { BacktestOptions, BacktestResult } from './forecast/backtest.js';
export { backtest } from './forecast/backtest.js';
export type { BuildFlowModelOptions, FlowModel } from './forecast/flow-model.js';
export { buildFlowModel } from './forecast/flow-model.js';
export type { DemandForecast, ForecastDemandOptions, SeriesIntervals } from './forecast/forecast-demand.js';
export { forecastDemand } from './forecast/forecast-demand.js';
export { ForecastOptionsError } from './forecast/forecast-options-error.js';
export type { AnnualReturn, LongitudinalHistory } from './forecast/merge-returns.js';
export { mergeReturns } from './forecast/merge-returns.js';
export type { ObserveDemandOptions, ObservedDemand } from './forecast/observe-demand.js';
export { observeDemand } from './forecast/observe-demand.js';
export type {
  DemandAdjustments,
  DemandProjection,
  ProjectDemandOptions,
  ProjectionYear,
} from './forecast/project-demand.js';
export { adjustRates, MAX_HORIZON_DAYS, projectDemand } from './forecast/project-demand.js';
export type { ProjectedSpendYear, SpendFigure, WeeklyCosts } from './forecast/project-spend.js';
export { projectSpend } from './forecast/project-spend.js';
export type { AgeBand, FlowState, ForecastCategories } from './forecast/states.js';
export {
  DEFAULT_AGE_BANDS,
  DEFAULT_FORECAST_CATEGORIES,
  listCategories,
  listStates,
  OTHER_CATEGORY,
} from './forecast/states.js';
export type { ComputeSufficiencyGapOptions } from './gap/compute-gap.js';
export { computeSufficiencyGap } from './gap/compute-gap.js';
export type { GapMeasureInput } from './gap/gap-measures.js';
export { GAP_DEFINITIONS, NOT_PLACES, shortfallOf, wantsLocalProvision } from './gap/gap-measures.js';
export type { DemandRow, GapRow, SufficiencyGap } from './gap/gap-table.js';
export { placesByAgeBand } from './gap/places-by-age-band.js';
export { DfeAgeBand, dfeAgeBandOf } from './indicators/age-band.js';
export type { ComputeIndicatorsOptions } from './indicators/compute-indicators.js';
export { computeIndicators } from './indicators/compute-indicators.js';
export type { DistanceLocality, DistanceLocalityBand } from './indicators/distance-locality.js';
export { distanceLocalityBandOf, isMostlyUnknown } from './indicators/distance-locality.js';
export type { ChildCount, Proportion, SufficiencyIndicators } from './indicators/sufficiency-indicators.js';
export type { OfstedSupply, ProviderCount } from './ofsted-supply.js';
export { ofstedSupplyOf } from './ofsted-supply.js';
export type { BuildSufficiencyReportOptions } from './report/build-report.js';
export { buildSufficiencyReport } from './report/build-report.js';
export { renderReportHtml } from './report/render-html.js';
export { renderReportMarkdown } from './report/render-markdown.js';
export type { FindingSummary, SufficiencyReport } from './report/sufficiency-report.js';
export type {
  InForce,
  LegalBasis,
  NotAssessable,
  Rule,
  RuleContext,
  RuleFinding,
  RuleFindingDraft,
  RuleWindow,
} from './rule.js';
export { defineRule, RuleSeverity } from './rule.js';
export { RULES } from './rules/registry.js';
export { SiblingLink } from './sibling-link.js';

export { allocatePence } from './allocate.js';
export type {
  BenchmarkFee,
  BenchmarkFeesOptions,
  BenchmarkGroup,
  BenchmarkOutlier,
  FeeBenchmark,
} from './benchmark.js';
export {
  BenchmarkDimension,
  benchmarkFees,
  HIGH_COST_WEEKLY,
  NOT_RECORDED,
} from './benchmark.js';
export { toBenchmarkDimension } from './benchmark-dimension-alias.js';
export type { CompareWithReferencesOptions, ReferenceComparison } from './compare-reference.js';
export { compareWithReferences } from './compare-reference.js';
export type { ContributionSplit } from './contributions.js';
export { splitByContributions } from './contributions.js';
export { financialYearBounds, financialYearOf } from './financial-year.js';
export type { PoundsToPenceOptions, PoundsToPenceResult } from './money.js';
export { formatPounds, poundsToPence } from './money.js';
export type { FeeTerms, FinancialYearCost, Period, PeriodCost } from './period-cost.js';
export { costByFinancialYear, costOfFee, splitCostOfFee } from './period-cost.js';
export type { RestateAmountOptions } from './price-index.js';
export { indexValueOn, PriceIndexSeries, parsePriceIndexSeries, restateAmount } from './price-index.js';
export type {
  CategorySpend,
  CurrentPlacement,
  CurrentPlacementsFromFeesOptions,
  ProjectAnnualSpendOptions,
  SpendProjection,
} from './projection.js';
export { currentPlacementsFromFees, projectAnnualSpend } from './projection.js';
export type { AmountSummary } from './quantile.js';
export { quantileSorted, summariseAmounts, summariseSorted } from './quantile.js';
export type { ReadCurrentPlacementsOptions, ReadCurrentPlacementsResult } from './read-current-placements.js';
export { readCurrentPlacements } from './read-current-placements.js';
export type { FeeRecord, ReadFeeRecordsOptions, ReadFeeRecordsResult } from './read-fee-records.js';
export { readFeeRecords } from './read-fee-records.js';
export type { FeeAmounts, ReadFeesOptions, ReadFeesResult } from './read-fees.js';
export { readFees } from './read-fees.js';
export type { ReadSpendScenarioOptions } from './read-spend-scenario.js';
export { readSpendScenario } from './read-spend-scenario.js';
export type { ReferenceConfidence, ReferenceFigure } from './reference.js';
export { REFERENCE_FIGURES } from './reference.js';
export type { RenderBenchmarkHtmlOptions } from './render-html.js';
export { renderBenchmarkHtml } from './render-html.js';
export type { AppliedMove, ScenarioProjection } from './scenario.js';
export { projectScenario, SpendScenario } from './scenario.js';
export { fromWeeklyAmount, toWeeklyAmount, WEEKS_PER_YEAR, weeksPerUnit } from './weekly.js';

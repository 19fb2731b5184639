// Hand-written public API of @placewise/region.
export type { AuthorityReturn } from './authority-return.js';
export type { CompareDemandSupplyOptions, DemandSupply, DemandSupplyRow } from './demand-supply.js';
export { compareDemandSupply, SUPPLY_KIND_OF } from './demand-supply.js';
export type { ComputeFlowsOptions, FlowCell, FlowsMatrix } from './flows.js';
export { computeFlows, NOT_KNOWN, OUTSIDE_REGION } from './flows.js';
export type {
  AuthorityForecast,
  AuthorityYearEnd,
  ForecastAuthorityOptions,
} from './forecast-authority.js';
export { forecastAuthority } from './forecast-authority.js';
export type {
  ForecastPlacedAway,
  ForecastPlacedAwayOptions,
  PlacedAwayScale,
} from './forecast-placed-away.js';
export { forecastPlacedAway, scaleChildren } from './forecast-placed-away.js';
export type { FindForecastWindowOptions, ReturnYears } from './forecast-window.js';
export { findForecastWindow } from './forecast-window.js';
export { placementsOpenAt } from './placed-at.js';
export type { ChildrenPlacedAwayOptions } from './placed-away.js';
export { childrenPlacedAway } from './placed-away.js';
export { planCapacity } from './planner/plan-capacity.js';
export type {
  AddedPlace,
  Candidate,
  CapacityPlan,
  PlaceType,
  PlanCapacityOptions,
  PlannerChild,
  PlanObjective,
} from './planner/types.js';
export type { ForecastRegionOptions, PooledYearEnd, RegionForecast } from './pooled-forecast.js';
export { forecastRegion, poolForecasts } from './pooled-forecast.js';
export type { Published, PublishedIndicators, PublishedProportion } from './publish-indicators.js';
export { publishIndicators } from './publish-indicators.js';
export type { PublishedRegionalReport, PublishedWeeklyCost } from './publish-report.js';
export { publishRegionalReport } from './publish-report.js';
export type { ReadAuthority, ReadAuthorityOptions, TransformReturn } from './read-authority.js';
export { readAuthority } from './read-authority.js';
export type { AuthorityColumn, BuildRegionalReportOptions, RegionalReport } from './regional-report.js';
export { buildRegionalReport, reportOfRead } from './regional-report.js';
export { renderRegionalHtml, renderRegionalSections } from './render-html.js';
export type { ReportOfSummariesOptions } from './report-of-summaries.js';
export { reportOfSummaries } from './report-of-summaries.js';
export { placedChildren, sumCoverage, sumDatasets } from './sum-datasets.js';
export type { SumIndicatorsOptions } from './sum-indicators.js';
export { sumIndicators } from './sum-indicators.js';
export type { AuthoritySummary, SummariseAuthorityOptions } from './summarise-authority.js';
export { summariseAuthority } from './summarise-authority.js';
export type { SuppressedCount, SuppressedTable, SuppressTableOptions } from './suppress.js';
export { isSmallCount, SUPPRESS_BELOW, suppressLine, suppressTable } from './suppress.js';
export type { AuthorityWeeklyCost } from './weekly-costs.js';
export { weeklyCostsOf } from './weekly-costs.js';

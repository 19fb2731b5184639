export { Approval, ApprovalKind } from './approval.js';
export type { Comparators, FindComparatorsOptions, StabilityComparator } from './comparators.js';
export { findComparators } from './comparators.js';
export type { SufficiencyDataset } from './dataset.js';
export type { DatasetIndex } from './dataset-index.js';
export { indexDataset } from './dataset-index.js';
export { DolOrder } from './dol-order.js';
export type { EvaluateRulesOptions, RuleDates, RuleRun } from './evaluate-rules.js';
export { evaluateRules, runRules } from './evaluate-rules.js';
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
export { YEAR_NOT_REACHED_CHILDREN } from './indicators/year-reached.js';
export type { OfstedSupply, ProviderCount } from './ofsted-supply.js';
export { ofstedSupplyOf } from './ofsted-supply.js';
export type { BuildSufficiencyReportOptions } from './report/build-report.js';
export { buildSufficiencyReport } from './report/build-report.js';
export { coverageText } from './report/coverage-banner.js';
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

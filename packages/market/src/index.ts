export type { MarketArea, ResolvedArea } from './area.js';
export { resolveMarketArea } from './area.js';
export { findMarketAuthority, MARKET_AUTHORITIES, MARKET_REGIONS } from './authorities.js';
export type { Concentration, MeasureConcentrationOptions, OwnerShare } from './concentration.js';
export { measureConcentration } from './concentration.js';
export type { FlowYear, SectorFlow, SummariseFlowOptions } from './flow.js';
export { summariseFlow } from './flow.js';
export { judgementOf } from './judgement.js';
export type {
  FlowEvent,
  HomesCount,
  MarketAuthority,
  MarketData,
  ProviderSnapshot,
  SpendRecord,
} from './market-data.js';
export { MarketSector, ProviderRecord } from './market-data.js';
export type { AuthorityPrice, ComparePricesOptions, PriceComparison, PurchasedFee } from './prices.js';
export { comparePrices } from './prices.js';
export { HOME_KINDS, ProvisionKind, provisionKindOf } from './provision.js';
export type { ProviderReadCounts, ReadOfstedProvidersOptions } from './read-providers.js';
export { readOfstedProviders } from './read-providers.js';
export { renderMarketHtml } from './render-html.js';
export { renderMarketMarkdown } from './render-markdown.js';
export type { BuildMarketReportOptions, ChildPopulation, MarketReport } from './report.js';
export { buildMarketReport } from './report.js';
export { sectorOf } from './sector.js';
export type { DescribeShareOptions, Share } from './small-base.js';
export { describeShare, SMALL_BASE_HOMES, SMALL_BASE_OWNERS } from './small-base.js';
export type { SpendLine, SpendYear } from './spend.js';
export { summariseSpend } from './spend.js';
export type { JudgementCount, SectorSupply, Supply } from './supply.js';
export { countAgencies, countJudgements, countSupply, homesCountsOf } from './supply.js';
export { withProviderSnapshot } from './with-providers.js';

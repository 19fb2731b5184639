import { MARKET_AUTHORITIES } from './authorities.js';
import { decodeFlow, decodeHomes, decodeProviders, decodeSpend } from './internal/decode-embedded.js';
import type { MarketData } from './market-data.js';

/**
 * Where the embedded data comes from, for labels and notices. All Open Government Licence v3.0.
 *
 * @example
 * EMBEDDED_SOURCES.providers; // "Ofsted, Children's social care data in England 2023 (provider level, 31 March 2023)"
 */
export const EMBEDDED_SOURCES = {
  providers:
    "Ofsted, Children's social care data in England 2023 (provider level, 31 March 2023); only providers that had had a full inspection",
  homes:
    "Ofsted, Children's social care data in England 2023 to 2025: homes and places active at 31 March, by authority (2024 and 2025 rolled forward from the 2023 list with that year's joiners and leavers)",
  flow: "Ofsted, Children's social care data in England 2015 to 2025 (leavers and joiners)",
  spend: 'DfE, section 251 outturn 2008-09 to 2013-14, children looked after block',
} as const;

let data: MarketData | undefined;

/**
 * The embedded market data, decoded on first call and shared after: Ofsted's provider list at 31 March
 * 2023, homes and places by authority at 31 March 2023–2025, joiners and leavers 2015–2025, and section
 * 251 looked-after spend 2008-09 to 2013-14. Import it from `@placewise/market/data` so bundles that
 * bring their own data stay small.
 *
 * @example
 * import { loadEmbeddedMarketData } from '@placewise/market/data';
 * const data = loadEmbeddedMarketData();
 * data.providers.asAt; // '2023-03-31'
 */
export function loadEmbeddedMarketData(): MarketData {
  data ??= {
    authorities: MARKET_AUTHORITIES,
    providers: {
      asAt: '2023-03-31',
      source: EMBEDDED_SOURCES.providers,
      providers: decodeProviders(MARKET_AUTHORITIES),
    },
    homes: decodeHomes(MARKET_AUTHORITIES),
    flow: decodeFlow(MARKET_AUTHORITIES),
    spend: decodeSpend(MARKET_AUTHORITIES),
    sources: { homes: EMBEDDED_SOURCES.homes, flow: EMBEDDED_SOURCES.flow, spend: EMBEDDED_SOURCES.spend },
  };
  return data;
}

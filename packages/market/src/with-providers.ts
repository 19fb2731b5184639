import type { MarketData, ProviderSnapshot } from './market-data.js';
import { homesCountsOf } from './supply.js';

/**
 * Puts a newer provider list in place of the embedded one: concentration, judgements and fostering
 * agencies then come from it, and so do the homes and places for its year (replacing any rows for that
 * year). Joiners, leavers and spend are unchanged. The input is not changed.
 *
 * @example
 * import { loadEmbeddedMarketData } from '@placewise/market/data';
 * const snapshot = readOfstedProviders(csvText, { asAt: '2026-03-31' }).value.snapshot;
 * const data = withProviderSnapshot(loadEmbeddedMarketData(), snapshot);
 */
export function withProviderSnapshot(data: MarketData, snapshot: ProviderSnapshot): MarketData {
  const year = Number(snapshot.asAt.slice(0, 4));
  return {
    ...data,
    providers: snapshot,
    homes: [...data.homes.filter((row) => row.year !== year), ...homesCountsOf(snapshot.providers, year)],
    sources: { ...data.sources, homes: `${data.sources.homes}; ${year} from ${snapshot.source}` },
  };
}

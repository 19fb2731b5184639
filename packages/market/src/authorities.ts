import { authorityNameKey } from './internal/authority-name.js';
import { AUTHORITY_TABLE } from './internal/authority-table.js';
import type { MarketAuthority } from './market-data.js';

/**
 * The authorities in the market data: every English children's services authority (current ones
 * flagged) and the ones Ofsted and DfE records name from before a reorganisation, each with its region
 * (England's nine regions as Ofsted's files name them).
 *
 * @example
 * MARKET_AUTHORITIES.find((la) => la.code === 'E08000035')?.region; // 'Yorkshire and The Humber'
 */
export const MARKET_AUTHORITIES: readonly MarketAuthority[] = AUTHORITY_TABLE.map(
  ([code, name, region, current]) => ({ code, name, region, current: current === 1 }),
);

/**
 * England's nine regions, in the order of the authority codes' first appearance, alphabetised.
 *
 * @example
 * MARKET_REGIONS.includes('North West'); // true
 */
export const MARKET_REGIONS: readonly string[] = [
  ...new Set(MARKET_AUTHORITIES.map((la) => la.region)),
].sort();

let byKey: Map<string, MarketAuthority> | undefined;

/**
 * Finds an authority by ONS code or by name, tolerating Ofsted's and DfE's spellings ("Bristol",
 * "Bournemouth, Christchurch & Poole", "St. Helens"). A current authority wins a name it shares with an
 * abolished one (Dorset).
 *
 * @returns the authority, or `undefined` when neither code nor name is known.
 * @example
 * findMarketAuthority('Bristol')?.code; // 'E06000023'
 */
export function findMarketAuthority(codeOrName: string): MarketAuthority | undefined {
  if (!byKey) {
    byKey = new Map();
    for (const la of [...MARKET_AUTHORITIES].sort((a, b) => Number(b.current) - Number(a.current))) {
      if (!byKey.has(authorityNameKey(la.name))) byKey.set(authorityNameKey(la.name), la);
      byKey.set(la.code.toLowerCase(), la);
    }
  }
  return byKey.get(codeOrName.trim().toLowerCase()) ?? byKey.get(authorityNameKey(codeOrName));
}

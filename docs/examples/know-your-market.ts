import { toWeeklyAmount } from '@placewise/costs';
import { buildMarketReport, comparePrices, findMarketAuthority, type PurchasedFee } from '@placewise/market';
import { loadEmbeddedMarketData } from '@placewise/market/data';

/**
 * The supply of children's homes around an authority: its own market, its region's, and the owners who
 * hold the region's places.
 */
export function knowYourMarket(authority: string) {
  const data = loadEmbeddedMarketData();
  const home = findMarketAuthority(authority);
  if (!home) return undefined;
  const local = buildMarketReport(data, { authorities: [home.code] }, { year: 2025 });
  const region = buildMarketReport(data, { region: home.region }, { year: 2025 });
  const latest = region.flow.years.at(-1);
  return {
    lines: [
      `${home.name}: ${local.supply.homes} children's homes, ${local.supply.places} places at 31 March 2025`,
      `${home.region}: ${region.supply.homes} homes, ${region.supply.places} places; private share ${
        region.supply.bySector.find((s) => s.sector === 'private')?.share.text
      }`,
      `Largest 5 owners hold ${region.concentration.top5.text} of the region's places (at ${region.concentration.asAt})`,
      `Year to 31 March ${latest?.year}: ${latest?.openedHomes} homes opened, ${latest?.closedHomes} closed`,
    ],
    local,
    region,
  };
}

/**
 * What the region's councils pay the same provider for like placements, and what each would have paid at
 * the median: fees come from your finance system, with who bought them and from whom.
 */
export function purchasingPower(fees: readonly PurchasedFee[]) {
  const { value, issues } = comparePrices(fees, {
    toWeekly: toWeeklyAmount, // from @placewise/costs: per day, month or year to a weekly figure
    regionOf: (code) => findMarketAuthority(code)?.region ?? '',
  });
  return { comparisons: value, issues };
}

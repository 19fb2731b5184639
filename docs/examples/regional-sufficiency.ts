import { createSectorLocator, listSectors } from '@placewise/geo';
import { loadEmbeddedMarketData } from '@placewise/market/data';
import {
  type AuthorityReturn,
  childrenPlacedAway,
  forecastPlacedAway,
  planCapacity,
  publishRegionalReport,
  readAuthority,
  reportOfRead,
} from '@placewise/region';

/**
 * A care cooperative's view: every member authority's return read (and pseudonymised, if the data-sharing
 * agreement asks), one report over them all, and where 12 new children's home places would bring the most
 * children within 20 miles of home.
 */
export async function regionalSufficiency(returns: readonly AuthorityReturn[], key?: string) {
  const { pseudonymiseReturn } = await import('@placewise/ssda903');
  const locator = createSectorLocator();
  const read = [];
  for (const r of returns) {
    read.push(
      await readAuthority(r, {
        collectionYear: '2024-25',
        locator,
        ...(key ? { transform: (value) => pseudonymiseReturn(value, { key }) } : {}),
      }),
    );
  }
  const report = reportOfRead(read, {
    collectionYear: '2024-25',
    locator,
    supply: loadEmbeddedMarketData().homes, // Ofsted places in the member authorities
    forecast: { samples: 20 },
  });
  const members = new Set<string>(read.map((a) => a.gss));
  const candidates = listSectors()
    .filter((s) => members.has(s.authority))
    .map((s) => ({ id: s.sector, point: s.point }));
  const { children } = childrenPlacedAway(read, { date: '2025-03-31', locator });
  const plan = planCapacity(children, candidates, { places: 12, type: 'childrens-home' });
  // The same question for the children forecast on 31 March 2028: each authority's children placed away
  // scaled by its own forecast (held as now, with the reason, where a forecast is refused).
  const future = forecastPlacedAway(read, {
    date: '2025-03-31',
    forecastDate: '2028-03-31',
    from: '2024-04-01',
    locator,
  });
  const plan2028 = planCapacity(future.children, candidates, { places: 12, type: 'childrens-home' });
  // What to share (the CLI's --json): every count of children from 1 to 4 suppressed, and those that
  // would give one away.
  const published = publishRegionalReport(report);
  // Say when a figure is not whole: an incomplete return, or authorities held as now rather than forecast.
  const status = report.status === 'complete' ? 'complete' : `incomplete: ${report.reason}`;
  const held = future.authorities.filter((a) => a.heldAsNow !== undefined).length;
  return {
    lines: [
      `${read.length} authorities, ${report.region.claAt31March.total} children looked after at 31 March 2025 (${status})`,
      `${report.flows.total.count} placed; ${children.length} outside the region or over 20 miles from home`,
      `12 new places bring ${plan.childrenBroughtBack} within 20 miles (bound ${plan.bound}, gap ${(plan.gap * 100).toFixed(1)}%)`,
      `In 2028 (${held} of ${read.length} authorities held as now, not forecast): ${future.children.length} placed away; 12 new places bring ${plan2028.childrenBroughtBack} within 20 miles`,
    ],
    report,
    published,
    plan,
    future,
  };
}

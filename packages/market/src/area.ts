import type { Issue } from '@placewise/model';
import { findMarketAuthority, MARKET_AUTHORITIES, MARKET_REGIONS } from './authorities.js';

/**
 * The set of authorities a market figure covers: England, one region (by name, as Ofsted's files spell
 * it, case ignored), or a list of authorities by ONS code or name.
 *
 * @example
 * const area: MarketArea = { region: 'North West' };
 */
export type MarketArea = { england: true } | { region: string } | { authorities: readonly string[] };

/**
 * A resolved area: its label, the authorities in it, and a test for a record's authority and region.
 *
 * @example
 * const resolved = resolveMarketArea({ region: 'North West' }).value;
 * resolved.includes('E08000003', 'North West'); // true
 */
export interface ResolvedArea {
  label: string;
  kind: 'england' | 'region' | 'authorities';
  authorities: string[];
  includes: (authority: string, region: string) => boolean;
}

/**
 * Resolves a {@link MarketArea} against the market's authority table. Unknown regions and authorities are
 * located issues (`area.unknown-region`, `area.unknown-authority`) and the rest of the area still resolves.
 *
 * @example
 * resolveMarketArea({ authorities: ['E08000035', 'Bradford'] }).value.label; // 'Leeds, Bradford'
 */
export function resolveMarketArea(area: MarketArea): { value: ResolvedArea; issues: Issue[] } {
  const issues: Issue[] = [];
  if ('england' in area) {
    const codes = MARKET_AUTHORITIES.map((la) => la.code);
    return { value: { label: 'England', kind: 'england', authorities: codes, includes: () => true }, issues };
  }
  if ('region' in area) {
    const region = MARKET_REGIONS.find((r) => r.toLowerCase() === area.region.trim().toLowerCase());
    if (!region) {
      issues.push({
        code: 'area.unknown-region',
        severity: 'error',
        message: `"${area.region}" is not a region. Use one of: ${MARKET_REGIONS.join(', ')}.`,
        location: { path: ['region'] },
      });
    }
    const codes = MARKET_AUTHORITIES.filter((la) => la.region === region).map((la) => la.code);
    return {
      value: {
        label: region ?? area.region,
        kind: 'region',
        authorities: codes,
        includes: (_, r) => r === region,
      },
      issues,
    };
  }
  const found: { code: string; name: string }[] = [];
  area.authorities.forEach((text, i) => {
    const la = findMarketAuthority(text);
    if (la) found.push(la);
    else
      issues.push({
        code: 'area.unknown-authority',
        severity: 'error',
        message: `"${text}" is not an English local authority code or name the market data knows.`,
        location: { path: ['authorities', i] },
      });
  });
  const codes = new Set(found.map((la) => la.code));
  return {
    value: {
      label: found.map((la) => la.name).join(', '),
      kind: 'authorities',
      authorities: [...codes],
      includes: (authority) => codes.has(authority),
    },
    issues,
  };
}

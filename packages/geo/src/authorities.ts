import type { GssCode, LocalAuthority } from '@placewise/model';
import { nationOfCode } from './internal/nation.js';
import { AUTHORITY_TABLE } from './internal/sector-data.js';

function buildAuthorities(): LocalAuthority[] {
  const seen = new Map<string, LocalAuthority>();
  for (const [, , code, name] of AUTHORITY_TABLE) {
    const nation = nationOfCode(code);
    if (!name || !nation || seen.has(code)) continue;
    seen.set(code, { code, name, nation });
  }
  return [...seen.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/**
 * Upper-tier local authorities of England and Wales (the children's services authority in England),
 * with the names ONS gives them (LTLA→UTLA lookup, April 2021, plus the unitaries created or recoded
 * since). Scottish and Northern Irish councils appear in located results by code only: the lookup this
 * list comes from has no names for them.
 *
 * @example
 * LOCAL_AUTHORITIES.find((la) => la.code === 'E08000035')?.name; // 'Leeds'
 */
export const LOCAL_AUTHORITIES: readonly LocalAuthority[] = buildAuthorities();

const byCode = new Map<string, LocalAuthority>(LOCAL_AUTHORITIES.map((la) => [la.code, la]));
const upperTier = new Map<string, string>(AUTHORITY_TABLE.map(([ltla, , utla]) => [ltla, utla]));

/**
 * Finds an upper-tier authority by its GSS code, or by the code of one of its lower-tier districts.
 *
 * @returns the upper-tier authority, or `undefined` when the code is unknown.
 * @example
 * findLocalAuthority('E07000008')?.name; // 'Cambridgeshire' (Cambridge is one of its districts)
 */
export function findLocalAuthority(code: string): LocalAuthority | undefined {
  return byCode.get(code) ?? byCode.get(upperTier.get(code) ?? '');
}

/**
 * The upper-tier (children's services) authority for a lower-tier authority code. Unitary authorities,
 * and codes the lookup does not know (Scotland, Northern Ireland, codes newer than it), are their own
 * upper tier.
 *
 * @example
 * upperTierAuthorityOf('E07000008'); // 'E10000003'
 */
export function upperTierAuthorityOf(lowerTierCode: GssCode): GssCode {
  return upperTier.get(lowerTierCode) ?? lowerTierCode;
}

import { listSectors } from '@placewise/geo';
import type { GssCode } from '@placewise/model';
import { generateAuthority, placeableAuthorities, type SyntheticAuthority } from './generate-authority.js';
import { createRandom } from './random.js';

/** Options for {@link generateRegion}. */
export interface GenerateRegionOptions {
  seed: number;
  /** The authority the region is built around. Default Leeds (`E08000035`). */
  anchor?: GssCode;
  /** How many authorities: the anchor and its nearest neighbours. Default 5. */
  authorities?: number;
  /** Children per authority. Default 300. */
  children?: number;
  startYear?: number;
  years?: number;
}

/** The mean grid point of each placeable authority's postcode sectors. */
function centres(): Map<string, { e: number; n: number }> {
  const sums = new Map<string, { e: number; n: number; k: number }>();
  const placeable = new Set(placeableAuthorities());
  for (const s of listSectors()) {
    if (!placeable.has(s.authority)) continue;
    const sum = sums.get(s.authority) ?? { e: 0, n: 0, k: 0 };
    sum.e += s.point.easting;
    sum.n += s.point.northing;
    sum.k += 1;
    sums.set(s.authority, sum);
  }
  return new Map([...sums].map(([code, s]) => [code, { e: s.e / s.k, n: s.n / s.k }]));
}

/**
 * The anchor and its nearest real neighbouring authorities (by the centres of their postcode sectors).
 *
 * @example
 * regionAuthorities('E08000035', 5); // Leeds and four neighbours
 */
export function regionAuthorities(anchor: GssCode, count: number): GssCode[] {
  const all = centres();
  const at = all.get(anchor);
  if (!at) return [anchor];
  return [...all.entries()]
    .map(([code, c]) => ({ code, d: Math.hypot(c.e - at.e, c.n - at.n) }))
    .sort((a, b) => a.d - b.d || (a.code < b.code ? -1 : 1))
    .slice(0, Math.max(1, count))
    .map((x) => x.code);
}

/**
 * Generates a region: several real neighbouring English authorities, each with its own synthetic children
 * (distinct identifier prefixes). Each authority places most children at home, a share in its nearest
 * neighbours (which are mostly the region's other authorities) and a few far away, as `generateAuthority`
 * does, so cross-border placements come in roughly the proportions DfE publishes (about four in ten
 * children placed outside their authority).
 *
 * @example
 * const region = generateRegion({ seed: 1, authorities: 5, children: 200 });
 * region.map((la) => la.authority.code);
 */
export function generateRegion(options: GenerateRegionOptions): SyntheticAuthority[] {
  const random = createRandom(options.seed);
  const codes = regionAuthorities(options.anchor ?? 'E08000035', options.authorities ?? 5);
  return codes.map((authority, i) =>
    generateAuthority({
      seed: random.int(0, 2 ** 31 - 1),
      children: options.children ?? 300,
      authority,
      idPrefix: `R${i.toString(36).toUpperCase()}C`,
      startYear: options.startYear ?? 2022,
      years: options.years ?? 3,
    }),
  );
}

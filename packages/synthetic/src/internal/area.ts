import { listSectors, type PostcodeSector } from '@placewise/geo';
import { type GssCode, parsePostcode } from '@placewise/model';
import type { Random } from '../random.js';

/** Where an authority's children live and are placed: real sectors, in three rings. */
export interface Area {
  home: readonly PostcodeSector[];
  /** Sectors of the nearest English authorities (the usual out-of-area placements). */
  near: readonly PostcodeSector[];
  /** Any English sector outside the authority (the distant ones). */
  far: readonly PostcodeSector[];
}

let english: PostcodeSector[] | undefined;

/**
 * Every English sector with postcodes, listed once per process. Sectors whose outward code breaks Royal
 * Mail's letter rules (a few old non-geographic ones such as `W1Y 5`) are left out, so every generated
 * postcode parses.
 */
export function englishSectors(): readonly PostcodeSector[] {
  english ??= listSectors().filter(
    (s) => s.nation === 'england' && s.postcodes > 0 && parsePostcode(`${s.sector}AA`).success,
  );
  return english;
}

/** The sectors of an authority and its surroundings; `near` holds the closest ~6 other authorities. */
export function areaOf(authority: GssCode): Area {
  const all = englishSectors();
  const home = all.filter((s) => s.authority === authority);
  let e = 0;
  let n = 0;
  for (const s of home) {
    e += s.point.easting;
    n += s.point.northing;
  }
  e /= Math.max(home.length, 1);
  n /= Math.max(home.length, 1);
  const nearest = new Map<GssCode, number>();
  for (const s of all) {
    if (s.authority === authority) continue;
    const d = Math.hypot(s.point.easting - e, s.point.northing - n);
    const best = nearest.get(s.authority);
    if (best === undefined || d < best) nearest.set(s.authority, d);
  }
  const near = new Set(
    [...nearest.entries()]
      .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 6)
      .map(([code]) => code),
  );
  return {
    home,
    near: all.filter((s) => near.has(s.authority)),
    far: all.filter((s) => s.authority !== authority && !near.has(s.authority)),
  };
}

// Inward-code letters Royal Mail uses (never C, I, K, M, O, V).
const UNIT_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

/** A full-postcode-shaped string in a real sector (the unit itself is made up). */
export function postcodeIn(sector: PostcodeSector, random: Random): string {
  return `${sector.sector}${UNIT_LETTERS.charAt(random.int(0, 19))}${UNIT_LETTERS.charAt(random.int(0, 19))}`;
}

const cumulative = new WeakMap<readonly PostcodeSector[], Float64Array>();

/** A sector drawn in proportion to how many postcodes (so roughly people) it holds. */
export function pickSector(sectors: readonly PostcodeSector[], random: Random): PostcodeSector {
  let sums = cumulative.get(sectors);
  if (!sums) {
    sums = new Float64Array(sectors.length);
    let total = 0;
    sectors.forEach((s, i) => {
      total += s.postcodes;
      (sums as Float64Array)[i] = total;
    });
    cumulative.set(sectors, sums);
  }
  const target = random.next() * (sums[sums.length - 1] ?? 0);
  let lo = 0;
  let hi = sums.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sums[mid] ?? 0) <= target) lo = mid + 1;
    else hi = mid;
  }
  return sectors[lo] as PostcodeSector;
}

import type { ProviderRecord } from './market-data.js';
import { describeShare, type Share } from './small-base.js';

/**
 * One owner's homes and places and its share of the area's places.
 *
 * @example
 * const row: OwnerShare = { owner: 'Example Care Ltd', homes: 3, places: 12, share: { share: 0.2, text: '20.0%', smallBase: false } };
 */
export interface OwnerShare {
  /** The owning organisation exactly as Ofsted publishes it. */
  owner: string;
  homes: number;
  places: number;
  share: Share;
}

/**
 * Ownership concentration of places in an area.
 *
 * @example
 * const c: Concentration = measureConcentration([]);
 * c.hhi; // undefined (no places)
 */
export interface Concentration {
  homes: number;
  places: number;
  /** Distinct owners named by Ofsted. */
  owners: number;
  /** Homes and places whose owner Ofsted does not publish: counted in the whole, never given an owner. */
  unattributedHomes: number;
  unattributedPlaces: number;
  /** The largest owners by places (up to 20), ties broken by name. */
  largest: OwnerShare[];
  /** Share of all places held by the largest 5, 10 and 20 owners. */
  top5: Share;
  top10: Share;
  top20: Share;
  /**
   * Herfindahl–Hirschman index on places, 0–10,000 (sum of squared percentage shares). Places without a
   * published owner count as if each were held by a different small owner, so this is a lower bound.
   * Absent when the base is small.
   */
  hhi?: number;
  smallBase: boolean;
}

/**
 * Options for {@link measureConcentration}.
 *
 * @example
 * const options: MeasureConcentrationOptions = { largest: 10 };
 */
export interface MeasureConcentrationOptions {
  /** How many of the largest owners to list. Default 20. */
  largest?: number;
}

/**
 * Measures how concentrated the ownership of places is among the given providers: the share of places
 * held by the largest 5, 10 and 20 owners and the Herfindahl–Hirschman index. A figure resting on fewer
 * than 5 owners or 3 homes says so instead of giving a share.
 *
 * @example
 * const homes = [
 *   { urn: 'A', kind: 'childrens-home', authority: 'E1', region: 'R', sector: 'private', places: 6, owner: 'X', shortBreakOnly: false },
 * ] as const;
 * measureConcentration([...homes]).smallBase; // true: one owner
 */
export function measureConcentration(
  providers: readonly ProviderRecord[],
  options: MeasureConcentrationOptions = {},
): Concentration {
  const byOwner = new Map<string, { homes: number; places: number }>();
  let places = 0;
  let unattributedHomes = 0;
  let unattributedPlaces = 0;
  for (const p of providers) {
    places += p.places;
    if (!p.owner) {
      unattributedHomes++;
      unattributedPlaces += p.places;
      continue;
    }
    const row = byOwner.get(p.owner) ?? { homes: 0, places: 0 };
    row.homes++;
    row.places += p.places;
    byOwner.set(p.owner, row);
  }
  const owners = byOwner.size;
  const homes = providers.length;
  const base = { owners, homes };
  const ranked = [...byOwner.entries()]
    .map(([owner, row]) => ({ owner, ...row }))
    .sort((a, b) => b.places - a.places || a.owner.localeCompare(b.owner));
  const topShare = (n: number) =>
    describeShare(
      ranked.slice(0, n).reduce((sum, row) => sum + row.places, 0),
      places,
      base,
    );
  const smallBase = owners < 5 || homes < 3;
  const result: Concentration = {
    homes,
    places,
    owners,
    unattributedHomes,
    unattributedPlaces,
    largest: ranked
      .slice(0, options.largest ?? 20)
      .map((row) => ({ ...row, share: describeShare(row.places, places, base) })),
    top5: topShare(5),
    top10: topShare(10),
    top20: topShare(20),
    smallBase,
  };
  if (!smallBase && places > 0)
    result.hhi = ranked.reduce((sum, row) => sum + ((100 * row.places) / places) ** 2, 0);
  return result;
}

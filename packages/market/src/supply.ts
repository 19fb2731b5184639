import type { OfstedJudgement } from '@placewise/model';
import type { HomesCount, MarketSector, ProviderRecord } from './market-data.js';
import type { ProvisionKind } from './provision.js';
import { describeShare, type Share } from './small-base.js';

/**
 * Homes and places of one sector (or kind), with the sector's share of the area's places.
 *
 * @example
 * const row: SectorSupply = { sector: 'private', homes: 40, places: 150, share: { share: 0.8, text: '80.0%', smallBase: false } };
 */
export interface SectorSupply {
  sector: MarketSector;
  homes: number;
  places: number;
  share: Share;
}

/**
 * Children's homes and places in an area at one 31 March.
 *
 * @example
 * countSupply([]).homes; // 0
 */
export interface Supply {
  homes: number;
  places: number;
  shortBreakHomes: number;
  shortBreakPlaces: number;
  bySector: SectorSupply[];
  byKind: { kind: ProvisionKind; homes: number; places: number }[];
}

const SECTOR_ORDER: MarketSector[] = [
  'local-authority',
  'private',
  'voluntary',
  'health-authority',
  'not-recorded',
];

function addTo<K>(map: Map<K, { homes: number; places: number }>, key: K, row: HomesCount): void {
  const entry = map.get(key) ?? { homes: 0, places: 0 };
  entry.homes += row.homes;
  entry.places += row.places;
  map.set(key, entry);
}

/**
 * Adds up homes-by-authority rows (already chosen for one area and year) by sector and kind. A sector's
 * share of places is not shown when the area has fewer than 3 homes.
 *
 * @example
 * countSupply([{ year: 2025, authority: 'E1', region: 'R', kind: 'childrens-home', sector: 'private',
 *   homes: 4, places: 12, shortBreakHomes: 0, shortBreakPlaces: 0 }]).bySector[0]?.share.text; // '100.0%'
 */
export function countSupply(rows: readonly HomesCount[]): Supply {
  const sectors = new Map<MarketSector, { homes: number; places: number }>();
  const kinds = new Map<ProvisionKind, { homes: number; places: number }>();
  const total = { homes: 0, places: 0, shortBreakHomes: 0, shortBreakPlaces: 0 };
  for (const row of rows) {
    total.homes += row.homes;
    total.places += row.places;
    total.shortBreakHomes += row.shortBreakHomes;
    total.shortBreakPlaces += row.shortBreakPlaces;
    addTo(sectors, row.sector, row);
    addTo(kinds, row.kind, row);
  }
  return {
    ...total,
    bySector: SECTOR_ORDER.filter((s) => sectors.has(s)).map((sector) => {
      const entry = sectors.get(sector) ?? { homes: 0, places: 0 };
      return { sector, ...entry, share: describeShare(entry.places, total.places, { homes: total.homes }) };
    }),
    byKind: [...kinds.entries()].map(([kind, entry]) => ({ kind, ...entry })),
  };
}

/**
 * Turns a provider list into homes-by-authority rows for its year, so a newer Ofsted list the user
 * supplies counts the same way as the embedded table.
 *
 * @example
 * homesCountsOf([], 2026); // []
 */
export function homesCountsOf(providers: readonly ProviderRecord[], year: number): HomesCount[] {
  const rows = new Map<string, HomesCount>();
  for (const p of providers) {
    if (p.kind === 'fostering-agency') continue;
    const key = `${p.authority}|${p.region}|${p.kind}|${p.sector}`;
    const row = rows.get(key) ?? {
      year,
      authority: p.authority,
      region: p.region,
      kind: p.kind,
      sector: p.sector,
      homes: 0,
      places: 0,
      shortBreakHomes: 0,
      shortBreakPlaces: 0,
    };
    row.homes++;
    row.places += p.places;
    if (p.shortBreakOnly) {
      row.shortBreakHomes++;
      row.shortBreakPlaces += p.places;
    }
    rows.set(key, row);
  }
  return [...rows.values()];
}

/**
 * Homes and places by Ofsted's overall judgement at their latest full inspection.
 *
 * @example
 * const row: JudgementCount = { judgement: 'good', homes: 30, places: 110 };
 */
export interface JudgementCount {
  judgement: OfstedJudgement | 'not-judged';
  homes: number;
  places: number;
}

const JUDGEMENT_ORDER: JudgementCount['judgement'][] = [
  'outstanding',
  'good',
  'requires-improvement',
  'inadequate',
  'not-judged',
];

/**
 * Counts providers by their latest overall judgement; providers without one are `not-judged`.
 *
 * @example
 * countJudgements([]).length; // 5 (every judgement listed, zero or not)
 */
export function countJudgements(providers: readonly ProviderRecord[]): JudgementCount[] {
  const counts = new Map(JUDGEMENT_ORDER.map((j) => [j, { judgement: j, homes: 0, places: 0 }]));
  for (const p of providers) {
    const row = counts.get(p.judgement ?? 'not-judged');
    if (!row) continue;
    row.homes++;
    row.places += p.places;
  }
  return [...counts.values()];
}

/**
 * Fostering agencies by sector.
 *
 * @example
 * countAgencies([]); // { total: 0, bySector: [] }
 */
export function countAgencies(providers: readonly ProviderRecord[]): {
  total: number;
  bySector: { sector: MarketSector; agencies: number }[];
} {
  const bySector = new Map<MarketSector, number>();
  let total = 0;
  for (const p of providers) {
    if (p.kind !== 'fostering-agency') continue;
    total++;
    bySector.set(p.sector, (bySector.get(p.sector) ?? 0) + 1);
  }
  return {
    total,
    bySector: SECTOR_ORDER.filter((s) => bySector.has(s)).map((sector) => ({
      sector,
      agencies: bySector.get(sector) ?? 0,
    })),
  };
}

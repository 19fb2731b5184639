import type { FlowEvent, MarketSector } from './market-data.js';
import { describeShare, type Share } from './small-base.js';

/**
 * Openings and closures of one sector in one year.
 *
 * @example
 * const row: SectorFlow = { sector: 'private', openedHomes: 5, openedPlaces: 17, closedHomes: 1, closedPlaces: 4 };
 */
export interface SectorFlow {
  sector: MarketSector;
  openedHomes: number;
  openedPlaces: number;
  closedHomes: number;
  closedPlaces: number;
}

/**
 * Homes and places opened (joiners) and closed (leavers) in the year to 31 March of `year`.
 *
 * @example
 * const year: FlowYear = summariseFlow([]).years[0] ?? {
 *   year: 2025, openedHomes: 0, openedPlaces: 0, closedHomes: 0, closedPlaces: 0, netHomes: 0, netPlaces: 0,
 *   bySector: [], redactedNames: 0,
 * };
 */
export interface FlowYear {
  year: number;
  openedHomes: number;
  openedPlaces: number;
  closedHomes: number;
  closedPlaces: number;
  netHomes: number;
  netPlaces: number;
  bySector: SectorFlow[];
  /** Joiners and leavers whose name Ofsted redacted (all children's homes): counted, never named. */
  redactedNames: number;
  /** Places at 31 March of the year before, where known. */
  placesAtStart?: number;
  /** Places closed in the year as a share of the places at its start, where those are known. */
  closuresShareOfPlaces?: Share;
}

/**
 * Options for {@link summariseFlow}.
 *
 * @example
 * const options: SummariseFlowOptions = { placesAt: new Map([[2024, 14_481]]) };
 */
export interface SummariseFlowOptions {
  /** Places in the same area at 31 March of each year, for the closures' share. Default: none known. */
  placesAt?: ReadonlyMap<number, number>;
  /** Homes in the same area at 31 March of each year, for the small-base check. Default: none known. */
  homesAt?: ReadonlyMap<number, number>;
}

const SECTOR_ORDER: MarketSector[] = [
  'local-authority',
  'private',
  'voluntary',
  'health-authority',
  'not-recorded',
];

/**
 * Summarises joiners and leavers (already chosen for one area and kinds) by year and sector: homes and
 * places opened and closed, the net change, and the closures' share of the places at the year's start.
 * A provider that joined and left in one year counts once in each column.
 *
 * @example
 * summariseFlow([{ year: 2025, kind: 'childrens-home', authority: 'E1', region: 'R', sector: 'private',
 *   places: 3, event: 'joiner', name: 'redacted' }]).years[0]?.netPlaces; // 3
 */
export function summariseFlow(
  events: readonly FlowEvent[],
  options: SummariseFlowOptions = {},
): { years: FlowYear[] } {
  const years = new Map<number, { year: FlowYear; sectors: Map<MarketSector, SectorFlow> }>();
  for (const e of events) {
    let entry = years.get(e.year);
    if (!entry) {
      entry = {
        year: {
          year: e.year,
          openedHomes: 0,
          openedPlaces: 0,
          closedHomes: 0,
          closedPlaces: 0,
          netHomes: 0,
          netPlaces: 0,
          bySector: [],
          redactedNames: 0,
        },
        sectors: new Map(),
      };
      years.set(e.year, entry);
    }
    const sector = entry.sectors.get(e.sector) ?? {
      sector: e.sector,
      openedHomes: 0,
      openedPlaces: 0,
      closedHomes: 0,
      closedPlaces: 0,
    };
    entry.sectors.set(e.sector, sector);
    const y = entry.year;
    if (e.event === 'joiner') {
      y.openedHomes++;
      y.openedPlaces += e.places;
      sector.openedHomes++;
      sector.openedPlaces += e.places;
    } else {
      y.closedHomes++;
      y.closedPlaces += e.places;
      sector.closedHomes++;
      sector.closedPlaces += e.places;
    }
    if (e.name === 'redacted') y.redactedNames++;
  }
  const result = [...years.values()]
    .sort((a, b) => a.year.year - b.year.year)
    .map(({ year, sectors }) => {
      year.netHomes = year.openedHomes - year.closedHomes;
      year.netPlaces = year.openedPlaces - year.closedPlaces;
      year.bySector = SECTOR_ORDER.filter((s) => sectors.has(s)).map((s) => sectors.get(s) as SectorFlow);
      const atStart = options.placesAt?.get(year.year - 1);
      if (atStart !== undefined) {
        year.placesAtStart = atStart;
        const homes = options.homesAt?.get(year.year - 1);
        year.closuresShareOfPlaces = describeShare(
          year.closedPlaces,
          atStart,
          homes === undefined ? {} : { homes },
        );
      }
      return year;
    });
  return { years: result };
}

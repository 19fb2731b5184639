import { countSupply, type HomesCount, type ProvisionKind } from '@placewise/market';
import { ageOn, type Child, type GssCode, type Placement, PlacementCategory } from '@placewise/model';
import { DfeAgeBand, dfeAgeBandOf } from '@placewise/sufficiency';
import { type SuppressedCount, suppressLine, suppressTable } from './suppress.js';

/**
 * Which Ofsted provision kind supplies each placement category (others have no Ofsted place count).
 *
 * @example
 * SUPPLY_KIND_OF['residential-school']; // 'residential-special-school'
 */
export const SUPPLY_KIND_OF: Partial<Record<PlacementCategory, ProvisionKind>> = {
  'childrens-home': 'childrens-home',
  'secure-childrens-home': 'secure-childrens-home',
  'residential-school': 'residential-special-school',
};

/** One placement category's demand by DfE age band against the region's Ofsted places. */
export interface DemandSupplyRow {
  category: PlacementCategory;
  byAgeBand: Record<DfeAgeBand, SuppressedCount>;
  total: SuppressedCount;
  /** Of these children, those placed inside the region's authorities (suppressed likewise). */
  placedInRegion: SuppressedCount;
  /** The Ofsted provision kind counted as supply, and its places in the region (`null`: no Ofsted count). */
  supplyKind: ProvisionKind | null;
  supplyPlaces: number | null;
  supplyHomes: number | null;
}

/** The region's demand by category × age band at 31 March against Ofsted supply in its authorities. */
export interface DemandSupply {
  rows: DemandSupplyRow[];
  total: SuppressedCount;
  /**
   * Placements whose child is not among the children given (no date of birth, so no age band): left out of
   * `rows` and `total`, and counted here (suppressed likewise) so the table never passes for whole when it is
   * not. Always 0 for returns read by `@placewise/ssda903`, which rejects an episode with no Header row.
   */
  unmatched: SuppressedCount;
  /** Ofsted's year the supply counts are for, when supply was given. */
  supplyYear: number | null;
}

/** Options for {@link compareDemandSupply}. */
export interface CompareDemandSupplyOptions {
  date: string;
  region: readonly GssCode[];
  /** Homes-by-authority rows (`loadEmbeddedMarketData().homes` of `@placewise/market/data`, or your own). */
  supply?: readonly HomesCount[];
}

/**
 * Tabulates the region's children placed at a date by placement category and DfE age band (cells of 1 to 4
 * suppressed, with secondary suppression), beside the Ofsted homes and places registered in the region's
 * authorities in the latest year of the supply rows.
 *
 * @example
 * const table = compareDemandSupply(children, placements, { date: '2025-03-31', region: ['E08000035'] });
 * table.rows.find((r) => r.category === 'childrens-home')?.total;
 */
export function compareDemandSupply(
  children: readonly Pick<Child, 'id' | 'dateOfBirth'>[],
  placements: readonly Pick<Placement, 'childId' | 'category' | 'placementAuthority'>[],
  options: CompareDemandSupplyOptions,
): DemandSupply {
  return compareGroupedDemandSupply([{ children, placements }], options);
}

/**
 * {@link compareDemandSupply} over groups of children and their placements (one group per authority),
 * placements matched to children within their own group, so identifiers need no authority prefix. Internal:
 * what `reportOfSummaries` uses.
 *
 * @example
 * compareGroupedDemandSupply([{ children, placements }], { date: '2025-03-31', region: ['E08000035'] });
 */
export function compareGroupedDemandSupply(
  groups: readonly {
    children: readonly Pick<Child, 'id' | 'dateOfBirth'>[];
    placements: readonly Pick<Placement, 'childId' | 'category' | 'placementAuthority'>[];
  }[],
  options: CompareDemandSupplyOptions,
): DemandSupply {
  const categories = PlacementCategory.options;
  const bands = DfeAgeBand.options;
  const inRegion = new Set<string>(options.region);
  const grid = categories.map(() => new Array<number>(bands.length).fill(0));
  const inside = categories.map(() => 0);
  // Children share dates of birth: each date's band is worked out once (`ageOn` parses both dates).
  const bandOfBirth = new Map<string, number>();
  let unmatched = 0;
  for (const { children, placements } of groups) {
    const born = new Map<string, string>();
    for (const c of children) born.set(c.id, c.dateOfBirth);
    for (const p of placements) {
      const dob = born.get(p.childId);
      if (!dob) {
        unmatched += 1;
        continue;
      }
      const r = categories.indexOf(p.category);
      let c = bandOfBirth.get(dob);
      if (c === undefined) {
        c = bands.indexOf(dfeAgeBandOf(ageOn(dob, options.date)));
        bandOfBirth.set(dob, c);
      }
      (grid[r] as number[])[c] = ((grid[r] as number[])[c] ?? 0) + 1;
      if (p.placementAuthority && inRegion.has(p.placementAuthority)) inside[r] = (inside[r] ?? 0) + 1;
    }
  }
  // Category totals and age-band totals are the region's placement mix and ages at 31 March, published in
  // its indicators too: each line of totals is decided on its own, as there, then the cells.
  const sum = (ns: readonly number[]) => ns.reduce((a, b) => a + b, 0);
  const rowTotals = grid.map(sum);
  const columnTotals = bands.map((_b, c) => sum(grid.map((row) => row[c] ?? 0)));
  const hiddenOf = (line: { values: SuppressedCount[] }) => line.values.map((v) => v.suppressed);
  const table = suppressTable(grid, {
    hiddenRowTotals: hiddenOf(suppressLine(rowTotals, sum(rowTotals))),
    hiddenColumnTotals: hiddenOf(suppressLine(columnTotals, sum(columnTotals))),
  });
  // Placed in the region, by category: their sum is known from the flows matrix, so one line with a total.
  const insideLine = suppressLine(inside, sum(inside));
  const year = options.supply?.reduce((y, row) => Math.max(y, row.year), 0) ?? 0;
  const supplyRows = (options.supply ?? []).filter((row) => row.year === year && inRegion.has(row.authority));
  const rows = categories
    .map((category, r): DemandSupplyRow => {
      const kind = SUPPLY_KIND_OF[category] ?? null;
      const supply =
        kind && options.supply ? countSupply(supplyRows.filter((row) => row.kind === kind)) : undefined;
      return {
        category,
        byAgeBand: Object.fromEntries(bands.map((b, c) => [b, table.cells[r]?.[c]])) as Record<
          DfeAgeBand,
          SuppressedCount
        >,
        total: table.rowTotals[r] as SuppressedCount,
        placedInRegion: insideLine.values[r] as SuppressedCount,
        supplyKind: kind,
        supplyPlaces: supply ? supply.places : null,
        supplyHomes: supply ? supply.homes : null,
      };
    })
    .filter((row) => row.total.count !== 0);
  return {
    rows,
    total: table.total,
    unmatched: suppressLine([unmatched], unmatched).total,
    supplyYear: options.supply ? year : null,
  };
}

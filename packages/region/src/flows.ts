import type { GssCode, Issue, Placement } from '@placewise/model';
import { firstOfEachAuthority } from './internal/first-of-each-authority.js';
import { type SuppressedCount, suppressLine, suppressTable } from './suppress.js';

/**
 * The column of placements outside the region's own authorities.
 *
 * @example
 * flows.columns.indexOf(OUTSIDE_REGION);
 */
export const OUTSIDE_REGION = 'outside-region';
/**
 * The column of placements whose authority is not known (no placement postcode that locates).
 *
 * @example
 * flows.columns.indexOf(NOT_KNOWN);
 */
export const NOT_KNOWN = 'not-known';

/** One cell of the flows matrix: a suppressed count and, when shown, the mean distance home → placement. */
export interface FlowCell extends SuppressedCount {
  to: string;
  /** Mean miles of the cell's placements with a known distance; `null` when suppressed or none known. */
  meanMiles: number | null;
}

/** Children placed by each authority in each other authority of the region, outside it, or not known. */
export interface FlowsMatrix {
  /** The destination columns: the region's authorities, then `outside-region`, then `not-known`. */
  columns: string[];
  rows: { from: GssCode; cells: FlowCell[]; total: SuppressedCount }[];
  columnTotals: SuppressedCount[];
  total: SuppressedCount;
  /** Distances worked out from postcode-sector centroids rather than full postcodes. */
  approximate: boolean;
  /**
   * What was wrong with the input: a `region.authority-duplicate` error for each authority given again after
   * its first entry (which alone is counted). Absent when there is nothing to say, so a matrix from valid
   * input is the same as before the field existed.
   */
  issues?: Issue[];
}

/** Options for {@link computeFlows}. */
export interface ComputeFlowsOptions {
  approximate: boolean;
}

/**
 * The cross-border flows matrix of children placed on a date: rows are the placing authorities, columns
 * where the placement is (PL_LA: another authority in the region, outside it, or not known), each cell a
 * count suppressed as DfE does (1 to 4 hidden, then secondary suppression so totals cannot be differenced;
 * row totals hidden as `suppressLine` hides the authorities' totals, the same as in their indicators) with
 * the mean distance of its placements.
 *
 * Each authority makes one row and one column: an authority given again (the same GSS code) is left out, its
 * placements not counted, with a `region.authority-duplicate` error in `issues` located at its `gss` by its
 * index in `authorities`, as `reportOfSummaries` does; the first entry stands.
 *
 * @example
 * const flows = computeFlows([{ gss: 'E08000035', placements }], { approximate: true });
 * flows.rows[0].total.count;
 */
export function computeFlows(
  authorities: readonly { gss: GssCode; placements: readonly Placement[] }[],
  options: ComputeFlowsOptions,
): FlowsMatrix {
  const { kept: placing, repeated } = firstOfEachAuthority(authorities, 'entry');
  const columns = [...placing.map((a) => a.gss), OUTSIDE_REGION, NOT_KNOWN];
  const column = new Map(columns.map((c, i) => [c, i]));
  const counts = placing.map(() => new Array<number>(columns.length).fill(0));
  const miles = placing.map(() => new Array<number>(columns.length).fill(0));
  const known = placing.map(() => new Array<number>(columns.length).fill(0));
  placing.forEach((a, r) => {
    for (const p of a.placements) {
      const where = p.placementAuthority;
      const c =
        where === undefined
          ? (column.get(NOT_KNOWN) as number)
          : (column.get(where) ?? (column.get(OUTSIDE_REGION) as number));
      (counts[r] as number[])[c] = ((counts[r] as number[])[c] ?? 0) + 1;
      if (p.distanceMiles !== undefined) {
        (miles[r] as number[])[c] = ((miles[r] as number[])[c] ?? 0) + p.distanceMiles;
        (known[r] as number[])[c] = ((known[r] as number[])[c] ?? 0) + 1;
      }
    }
  });
  // Each row total is the authority's children placed at 31 March, published in its indicators too: the
  // same line decides which are hidden there and here.
  const totals = counts.map((row) => row.reduce((a, b) => a + b, 0));
  const totalsLine = suppressLine(
    totals,
    totals.reduce((a, b) => a + b, 0),
  );
  const table = suppressTable(counts, { hiddenRowTotals: totalsLine.values.map((v) => v.suppressed) });
  return {
    columns,
    rows: placing.map((a, r) => ({
      from: a.gss,
      cells: columns.map((to, c) => {
        const cell = table.cells[r]?.[c] as SuppressedCount;
        const n = (known[r] as number[])[c] ?? 0;
        const meanMiles =
          cell.suppressed || n === 0 ? null : Math.round((((miles[r] as number[])[c] ?? 0) / n) * 10) / 10;
        return { to, ...cell, meanMiles };
      }),
      total: table.rowTotals[r] as SuppressedCount,
    })),
    columnTotals: table.columnTotals,
    total: table.total,
    approximate: options.approximate,
    ...(repeated.length > 0 ? { issues: repeated } : {}),
  };
}

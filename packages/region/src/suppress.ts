/** A count as published: the number, or `null` with `suppressed: true` when it could identify children. */
export interface SuppressedCount {
  count: number | null;
  suppressed: boolean;
}

/**
 * Counts from 1 to below this are never shown (DfE suppresses 1 to 4 in its local-authority tables).
 *
 * @example
 * const hidden = count >= 1 && count < SUPPRESS_BELOW;
 */
export const SUPPRESS_BELOW = 5;

const isSmall = (n: number) => n >= 1 && n < SUPPRESS_BELOW;

/**
 * Suppresses a table of counts with its row and column totals, as DfE does: every count from 1 to 4 is
 * hidden (primary), and then, so no hidden count can be worked back from a total, each row, column and
 * the totals themselves with exactly one hidden entry have their smallest other non-zero entry hidden too
 * (secondary), repeated until no line has a single hidden entry. Zeros are shown.
 *
 * @example
 * const { cells, rowTotals, columnTotals, total } = suppressTable([[3, 10, 12], [20, 0, 7]]);
 * cells[0][0].suppressed; // true (3), and cells[0][1] too (secondary, else 3 = 25 - 10 - 12)
 */
export function suppressTable(counts: readonly (readonly number[])[]): {
  cells: SuppressedCount[][];
  rowTotals: SuppressedCount[];
  columnTotals: SuppressedCount[];
  total: SuppressedCount;
} {
  const rows = counts.length;
  const cols = rows === 0 ? 0 : (counts[0] as readonly number[]).length;
  // A (rows + 1) × (cols + 1) grid: the last column holds row totals, the last row column totals.
  const grid: number[][] = [];
  for (let r = 0; r <= rows; r++) grid.push(new Array<number>(cols + 1).fill(0));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const n = counts[r]?.[c] ?? 0;
      (grid[r] as number[])[c] = n;
      (grid[r] as number[])[cols] = ((grid[r] as number[])[cols] ?? 0) + n;
      (grid[rows] as number[])[c] = ((grid[rows] as number[])[c] ?? 0) + n;
      (grid[rows] as number[])[cols] = ((grid[rows] as number[])[cols] ?? 0) + n;
    }
  }
  const hidden = grid.map((line) => line.map(isSmall));
  const value = (r: number, c: number) => (grid[r] as number[])[c] as number;
  const isHidden = (r: number, c: number) => (hidden[r] as boolean[])[c] as boolean;
  // Each line is a set of cells that add up to a total in the line (row r: cells 0..cols-1 sum to cols).
  const lines: [number, number][][] = [];
  for (let r = 0; r <= rows; r++) lines.push(Array.from({ length: cols + 1 }, (_, c) => [r, c]));
  for (let c = 0; c <= cols; c++) lines.push(Array.from({ length: rows + 1 }, (_, r) => [r, c]));
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      const hiddenCount = line.filter(([r, c]) => isHidden(r, c)).length;
      if (hiddenCount !== 1) continue;
      let best: [number, number] | undefined;
      for (const [r, c] of line) {
        if (isHidden(r, c) || value(r, c) === 0) continue;
        if (!best || value(r, c) < value(best[0], best[1])) best = [r, c];
      }
      if (best) {
        (hidden[best[0]] as boolean[])[best[1]] = true;
        changed = true;
      }
    }
  }
  const cell = (r: number, c: number): SuppressedCount =>
    isHidden(r, c) ? { count: null, suppressed: true } : { count: value(r, c), suppressed: false };
  return {
    cells: Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => cell(r, c))),
    rowTotals: Array.from({ length: rows }, (_, r) => cell(r, cols)),
    columnTotals: Array.from({ length: cols }, (_, c) => cell(rows, c)),
    total: cell(rows, cols),
  };
}

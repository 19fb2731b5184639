import { findRecoverable } from './recoverable.js';

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

/**
 * Whether a count is hidden on its own (primary suppression): 1 to 4.
 *
 * @example
 * isSmallCount(3); // true
 */
export const isSmallCount = (n: number): boolean => n >= 1 && n < SUPPRESS_BELOW;

/** Options for {@link suppressTable}. */
export interface SuppressTableOptions {
  /**
   * Which row totals are hidden, decided elsewhere because the same totals are published elsewhere (each
   * authority's children at 31 March, say, decided once with {@link suppressLine}). Default: those of 1 to 4.
   */
  hiddenRowTotals?: readonly boolean[];
  /** Which column totals are hidden, likewise. Default: those of 1 to 4. */
  hiddenColumnTotals?: readonly boolean[];
  /** Hide the grand total whatever its size. Default: only when it is 1 to 4. */
  hiddenTotal?: boolean;
}

/** What {@link suppressTable} gives: every cell and total as published. */
export interface SuppressedTable {
  cells: SuppressedCount[][];
  rowTotals: SuppressedCount[];
  columnTotals: SuppressedCount[];
  total: SuppressedCount;
}

/**
 * Suppresses a table of counts with its row and column totals, as DfE does, so no hidden count can be worked
 * out from what is shown:
 * 1. primary: every count from 1 to 4 is hidden, totals included (row totals may be given instead);
 * 2. secondary, line by line: a row or column (totals included) with exactly one hidden entry has its
 *    smallest other non-zero cell hidden too (a zero cell if it has none); a total only in the line of
 *    totals, which has no cell to hide;
 * 3. secondary, across lines: a hidden entry that the rows and columns together still pin down (it lies on
 *    no cycle of hidden entries; see `findRecoverable`) gets a cell hidden that puts it on one, the smallest
 *    non-zero such cell first;
 * repeated until nothing changes. Cells are hidden before totals because totals are published elsewhere too
 * (an authority's children at 31 March): give `hiddenRowTotals` so every table hides the same ones.
 *
 * @example
 * const { cells, rowTotals, columnTotals, total } = suppressTable([[3, 10, 12], [20, 0, 7]]);
 * cells[0][0].suppressed; // true (3), and cells[0][1] too (secondary, else 3 = 25 - 10 - 12)
 */
export function suppressTable(
  counts: readonly (readonly number[])[],
  options: SuppressTableOptions = {},
): SuppressedTable {
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
  const given = (r: number, c: number): boolean | undefined => {
    if (r < rows && c === cols) return options.hiddenRowTotals?.[r];
    if (r === rows && c < cols) return options.hiddenColumnTotals?.[c];
    if (r === rows && c === cols && options.hiddenTotal) return true;
    return undefined;
  };
  const hidden = grid.map((line, r) => line.map((n, c) => given(r, c) ?? isSmallCount(n)));
  const value = (r: number, c: number) => (grid[r] as number[])[c] as number;
  const isHidden = (r: number, c: number) => (hidden[r] as boolean[])[c] as boolean;
  // How many entries of each row and each column (totals included) are hidden, kept as entries are hidden:
  // a line is looked at closely only when exactly one of its entries is.
  const hiddenInRow = hidden.map((line) => line.filter(Boolean).length);
  const hiddenInColumn = Array.from({ length: cols + 1 }, (_, c) => hidden.filter((line) => line[c]).length);
  const hide = (r: number, c: number) => {
    if (isHidden(r, c)) return;
    (hidden[r] as boolean[])[c] = true;
    hiddenInRow[r] = (hiddenInRow[r] as number) + 1;
    hiddenInColumn[c] = (hiddenInColumn[c] as number) + 1;
  };
  // The cheapest cell to hide among candidates: the smallest non-zero, else a zero.
  const cheapest = (candidates: [number, number][]): [number, number] | undefined => {
    let best: [number, number] | undefined;
    const cost = (r: number, c: number) => (value(r, c) === 0 ? Number.POSITIVE_INFINITY : value(r, c));
    for (const [r, c] of candidates)
      if (!isHidden(r, c) && (!best || cost(r, c) < cost(best[0], best[1]))) best = [r, c];
    return best;
  };
  const interior = (r: number, c: number) => r < rows && c < cols;
  // The lines: every row (totals row last), then every column (totals column last), in that order.
  const lineCount = rows + cols + 2;
  const hiddenInLine = (k: number) => (k <= rows ? hiddenInRow[k] : hiddenInColumn[k - rows - 1]) as number;
  const entriesOf = (k: number): [number, number][] =>
    k <= rows
      ? Array.from({ length: cols + 1 }, (_, c) => [k, c])
      : Array.from({ length: rows + 1 }, (_, r) => [r, k - rows - 1]);
  let changed = true;
  while (changed) {
    changed = false;
    for (let k = 0; k < lineCount; k++) {
      if (hiddenInLine(k) !== 1) continue;
      const line = entriesOf(k);
      const pick = cheapest(line.filter(([r, c]) => interior(r, c))) ?? cheapest(line);
      if (pick) {
        hide(...pick);
        changed = true;
      }
    }
    if (changed) continue;
    const recoverable = findRecoverable(hidden);
    if (!recoverable) break;
    const { sideOfRow, sideOfColumn } = recoverable;
    const across: [number, number][] = [];
    for (let r = 0; r <= rows; r++)
      for (let c = 0; c <= cols; c++)
        if (sideOfRow[r] !== undefined && sideOfColumn[c] !== undefined && sideOfRow[r] !== sideOfColumn[c])
          across.push([r, c]);
    const pick = cheapest(across.filter(([r, c]) => interior(r, c))) ?? cheapest(across);
    if (!pick) break; // cannot happen: the recoverable entry's own row and column are on opposite sides
    hide(...pick);
    changed = true;
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

/**
 * Suppresses one line of counts with its total (the same count for each authority of a region, and the
 * region's): 1 to 4 hidden, and when that leaves exactly one hidden the smallest other non-zero count is
 * hidden too (a zero if there is none; the total only when nothing else is left), so none is `total` less
 * the others. `hiddenTotal` forces the total hidden.
 *
 * @example
 * suppressLine([3, 10, 12], 25).values.map((v) => v.count); // [null, null, 12]
 */
export function suppressLine(
  values: readonly number[],
  total: number,
  options: { hiddenTotal?: boolean } = {},
): { values: SuppressedCount[]; total: SuppressedCount } {
  const hidden = values.map(isSmallCount);
  let totalHidden = options.hiddenTotal === true || isSmallCount(total);
  if (hidden.filter(Boolean).length + (totalHidden ? 1 : 0) === 1) {
    let best = -1;
    const cost = (i: number) =>
      (values[i] as number) === 0 ? Number.POSITIVE_INFINITY : (values[i] as number);
    for (let i = 0; i < values.length; i++) if (!hidden[i] && (best < 0 || cost(i) < cost(best))) best = i;
    if (best >= 0) hidden[best] = true;
    else totalHidden = true;
  }
  const at = (n: number, h: boolean): SuppressedCount =>
    h ? { count: null, suppressed: true } : { count: n, suppressed: false };
  return { values: values.map((n, i) => at(n, hidden[i] === true)), total: at(total, totalHidden) };
}

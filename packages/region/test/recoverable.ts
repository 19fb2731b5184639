import type { SuppressedCount, SuppressedTable } from '../src/index.js';

/** Rank of a matrix by Gaussian elimination (small, exact enough in doubles for 0/±1 entries). */
export function rank(matrix: number[][]): number {
  const m = matrix.map((row) => [...row]);
  let r = 0;
  const cols = m[0]?.length ?? 0;
  for (let c = 0; c < cols && r < m.length; c++) {
    const pivot = m.findIndex((row, i) => i >= r && Math.abs(row[c] as number) > 1e-9);
    if (pivot < 0) continue;
    [m[r], m[pivot]] = [m[pivot] as number[], m[r] as number[]];
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const f = (m[i]?.[c] as number) / (m[r]?.[c] as number);
      const target = m[i] as number[];
      if (f !== 0)
        for (let j = c; j < cols; j++) target[j] = (target[j] as number) - f * (m[r]?.[j] as number);
    }
    r++;
  }
  return r;
}

/**
 * The hidden entries of a published table that can be worked out exactly from what is shown: with every
 * row (cells sum to its total) and column as an equation, a hidden entry is fixed when its column of the
 * equations on hidden entries is not a combination of the others'. Independent of `findRecoverable`.
 */
export function recoverable(table: SuppressedTable): string[] {
  const rows = table.cells.length;
  const cols = table.columnTotals.length;
  const at = (r: number, c: number): SuppressedCount =>
    r < rows
      ? c < cols
        ? (table.cells[r]?.[c] as SuppressedCount)
        : (table.rowTotals[r] as SuppressedCount)
      : c < cols
        ? (table.columnTotals[c] as SuppressedCount)
        : table.total;
  const hiddenKeys: [number, number][] = [];
  for (let r = 0; r <= rows; r++)
    for (let c = 0; c <= cols; c++) if (at(r, c).suppressed) hiddenKeys.push([r, c]);
  // One equation per row and column: the entries' sum minus the total, over hidden entries only.
  const equations: number[][] = [];
  for (let r = 0; r <= rows; r++)
    equations.push(hiddenKeys.map(([hr, hc]) => (hr !== r ? 0 : hc === cols ? -1 : 1)));
  for (let c = 0; c <= cols; c++)
    equations.push(hiddenKeys.map(([hr, hc]) => (hc !== c ? 0 : hr === rows ? -1 : 1)));
  const full = rank(equations);
  return hiddenKeys
    .filter((_, i) => rank(equations.map((row) => row.filter((_, j) => j !== i))) < full)
    .map(([r, c]) => `${r},${c}`);
}

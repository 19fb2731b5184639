import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recoverable } from '../test/recoverable.js';
import { type SuppressedCount, suppressLine, suppressTable } from './suppress.js';

// The shared seed (vitest.fc-seed.ts), with this file's own number of runs.
fc.configureGlobal({ ...fc.readConfigureGlobal(), numRuns: 200 });

const shown = (c: SuppressedCount) => c.count;
const neverSmall = (cells: SuppressedCount[]) =>
  cells.every((c) => (c.suppressed ? c.count === null : c.count === 0 || (c.count as number) >= 5));

describe('suppressTable', () => {
  it('hides a lone small cell and, line by line, what would give it away', () => {
    // [3 10 12 | 25]   3 is small; row 0 then hides 10, column 0 hides 20, and column 1 (10, 0 | 10),
    // [20 0  7 | 27]   having nothing else, hides its 0. The four hidden cells make a rectangle: any of
    //                  them could be one more or less if the others moved with it.
    const t = suppressTable([
      [3, 10, 12],
      [20, 0, 7],
    ]);
    expect(t.cells.map((r) => r.map(shown))).toEqual([
      [null, null, 12],
      [null, null, 7],
    ]);
    expect(t.rowTotals.map(shown)).toEqual([25, 27]);
    expect(t.columnTotals.map(shown)).toEqual([23, 10, 19]);
    expect(recoverable(t)).toEqual([]);
  });

  it('hides a total only in the line of totals', () => {
    // [3 0 | 3]    3 and its row total are small; column 0 (3, 6 | 9) hides the 6 below. The line of
    // [6 6 | 12]   row totals (3, 12 | 15) has no cell, so its 12 is hidden.
    const t = suppressTable([
      [3, 0],
      [6, 6],
    ]);
    expect(t.cells.map((r) => r.map(shown))).toEqual([
      [null, 0],
      [null, 6],
    ]);
    expect(t.rowTotals.map(shown)).toEqual([null, null]);
    expect(t.columnTotals.map(shown)).toEqual([9, 6]);
    expect(recoverable(t)).toEqual([]);
  });

  it('hides a zero when a line has nothing else left', () => {
    // [4 9 | 13]   4 is small: row 0 hides 9, column 0 hides 6, and row 1 (6, 0 | 6) has only its 0.
    // [6 0 | 6]
    const t = suppressTable([
      [4, 9],
      [6, 0],
    ]);
    expect(t.cells.map((r) => r.map(shown))).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(t.rowTotals.map(shown)).toEqual([13, 6]);
    expect(recoverable(t)).toEqual([]);
  });

  it('closes a cycle when each line hides two but one cell is still pinned down', () => {
    // Two 2×2 blocks of small cells joined by one small cell (row 1, column 2): every line hides two or
    // more, yet the joining cell is row 1's total less the shown cells less its block's hidden pair, which
    // column sums fix. A cell across the two blocks must be hidden too.
    const t = suppressTable([
      [2, 2, 9, 9],
      [2, 2, 1, 9],
      [9, 9, 3, 3],
      [9, 9, 3, 3],
    ]);
    expect(recoverable(t)).toEqual([]);
    expect(neverSmall(t.cells.flat())).toBe(true);
  });

  it('takes the row totals it is given as hidden or shown', () => {
    const t = suppressTable([[6, 7]], { hiddenRowTotals: [true] });
    expect(t.rowTotals[0]?.suppressed).toBe(true);
    expect(recoverable(t)).toEqual([]);
  });

  it('on any table: shows no count from 1 to 4 and leaves no hidden count recoverable', () => {
    const table = fc
      .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
      .chain(([rows, cols]) =>
        fc.array(
          fc.array(fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 40 })), {
            minLength: cols,
            maxLength: cols,
          }),
          { minLength: rows, maxLength: rows },
        ),
      );
    fc.assert(
      fc.property(table, (counts) => {
        const t = suppressTable(counts);
        const all = [...t.cells.flat(), ...t.rowTotals, ...t.columnTotals, t.total];
        expect(neverSmall(all)).toBe(true);
        expect(recoverable(t)).toEqual([]);
        // Shown counts are the true ones.
        t.cells.forEach((row, r) => {
          row.forEach((c, col) => {
            if (!c.suppressed) expect(c.count).toBe(counts[r]?.[col]);
          });
        });
      }),
    );
  });
});

describe('suppressLine', () => {
  it('hides a lone small count and the smallest other, so the total cannot give it away', () => {
    const line = suppressLine([3, 10, 12], 25);
    expect(line.values.map(shown)).toEqual([null, null, 12]);
    expect(line.total).toEqual({ count: 25, suppressed: false });
  });

  it('hides a zero when no other count is non-zero, and leaves a line of two hidden alone', () => {
    expect(suppressLine([0, 3, 0], 3).values.map(shown)).toEqual([0, null, 0]); // total 3 hidden too
    expect(suppressLine([0, 7, 0], 7, { hiddenTotal: true }).values.map(shown)).toEqual([0, null, 0]);
    expect(suppressLine([2, 2, 30], 34).values.map(shown)).toEqual([null, null, 30]);
  });

  it('on any line: no 1 to 4 shown, and never exactly one hidden', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 8 }), (values) => {
        const total = values.reduce((s, n) => s + n, 0);
        const line = suppressLine(values, total);
        const all = [...line.values, line.total];
        expect(neverSmall(all)).toBe(true);
        expect(all.filter((c) => c.suppressed).length).not.toBe(1);
      }),
    );
  });
});

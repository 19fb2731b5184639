import { type ChildTable, ordinalOf } from './child-table.js';

function byStart(a: { start?: string | undefined }, b: { start?: string | undefined }): number {
  return (a.start ?? '') < (b.start ?? '') ? -1 : a.start === b.start ? 0 : 1;
}

/**
 * Groups rows by `childId` into `lists` (by the table's ordinals) in one pass, and returns the ordinals given
 * rows in order of first appearance. Returns list a child's rows together, so each
 * run becomes one exact-size slice of the input and costs one map lookup; a child whose rows come in several
 * runs gets them appended. Lists keep input order, stably sorted by `start` when they are not already
 * (checked as the rows go by, not in a second pass). Ids the table does not hold are numbered. When
 * `ordinals` is given, each row's ordinal is written to it at the row's index.
 */
export function groupByOrdinal<T extends { childId: string; start?: string | undefined }>(
  rows: readonly T[],
  table: ChildTable,
  lists: (T[] | undefined)[],
  ordinals?: Int32Array,
): number[] {
  const order: number[] = [];
  const unsorted = new Set<T[]>();
  let open = false;
  let runId = '';
  let runStart = 0;
  let runSorted = true;
  let previousStart = '';
  let guess = 0;
  const n = rows.length;
  for (let i = 0; i <= n; i++) {
    const row = i < n ? (rows[i] as T) : undefined;
    if (row !== undefined && open && row.childId === runId) {
      const start = row.start ?? '';
      if (start < previousStart) runSorted = false;
      previousStart = start;
      continue;
    }
    if (open) {
      // Returns usually list children in the Header's order: try the next ordinal before hashing the id.
      const ordinal = table.ids[guess] === runId ? guess : ordinalOf(table, runId);
      guess = ordinal + 1;
      if (ordinals) ordinals.fill(ordinal, runStart, i);
      const existing = lists[ordinal];
      if (existing === undefined) {
        const list = rows.slice(runStart, i);
        lists[ordinal] = list;
        order.push(ordinal);
        if (!runSorted) unsorted.add(list);
      } else {
        const last = existing[existing.length - 1];
        if (!runSorted || (rows[runStart]?.start ?? '') < (last?.start ?? '')) unsorted.add(existing);
        for (let j = runStart; j < i; j++) existing.push(rows[j] as T);
      }
    }
    if (row === undefined) break;
    open = true;
    runId = row.childId;
    runStart = i;
    runSorted = true;
    previousStart = row.start ?? '';
  }
  for (const list of unsorted) list.sort(byStart);
  return order;
}

/** Groups rows by `childId` into a map (lists sorted by start), for the smaller tables. */
export function groupByChild<T extends { childId: string; start?: string | undefined }>(
  rows: readonly T[],
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.childId);
    if (list) list.push(row);
    else groups.set(row.childId, [row]);
  }
  for (const list of groups.values()) list.sort(byStart);
  return groups;
}

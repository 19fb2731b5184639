import type { Child, Episode, Placement } from '@placewise/model';

/**
 * The dataset's child ids numbered once (an ordinal per id), with each table's rows for a child kept in an
 * array by ordinal: one hash table for all the by-child lookups, and no object per child. Ordinals below
 * `known` are the `children` table's ids in order of first appearance (a repeated id keeps its first row,
 * as `@placewise/ssda903`'s `checkReturn` does, and `repeated` counts the rows passed over); episodes and
 * placements of unknown ids get ordinals after them.
 */
export interface ChildTable {
  /** Built on first use by {@link ordinalMapOf} when the ids were checked unique without hashing. */
  ordinalById: Map<string, number> | undefined;
  ids: string[];
  children: (Child | undefined)[];
  episodes: (Episode[] | undefined)[];
  placements: (Placement[] | undefined)[];
  known: number;
  /** Rows of the `children` table that repeat an earlier row's id, passed over. */
  repeated: number;
}

/**
 * Numbers the `children` table's ids. Ids in strictly ascending order (as returns usually list them) are
 * unique, so they are numbered by position and hashed only when a lookup by id needs it: a national return
 * spends a tenth of a second hashing 195,000 ids. Otherwise one hash per child, when ids are unique.
 */
export function tabulateChildren(rows: readonly Child[]): ChildTable {
  // Made at its size in one go: pushed one by one, the list was copied as it grew.
  const ids = rows.map((row) => row.id);
  let ascending = true;
  for (let i = 1; i < ids.length && ascending; i++) ascending = (ids[i - 1] as string) < (ids[i] as string);
  let children: (Child | undefined)[] = rows.slice();
  let ordinalById: Map<string, number> | undefined;
  if (!ascending) {
    ordinalById = new Map<string, number>();
    for (let i = 0; i < ids.length; i++) ordinalById.set(ids[i] as string, i);
  }
  let repeated = 0;
  if (ordinalById !== undefined && ordinalById.size < rows.length) {
    // A repeated id: number ids by first appearance, keeping the first row.
    ordinalById.clear();
    ids.length = 0;
    children = [];
    for (const child of rows) {
      if (ordinalById.has(child.id)) repeated += 1;
      else {
        ordinalById.set(child.id, ids.length);
        ids.push(child.id);
        children.push(child);
      }
    }
  }
  const known = ids.length;
  return {
    ordinalById,
    ids,
    children,
    episodes: new Array<undefined>(known).fill(undefined),
    placements: new Array<undefined>(known).fill(undefined),
    known,
    repeated,
  };
}

/** The table's ordinals by id, hashing the ids now if {@link tabulateChildren} did not. */
export function ordinalMapOf(table: ChildTable): Map<string, number> {
  if (table.ordinalById === undefined) {
    const map = new Map<string, number>();
    for (let i = 0; i < table.ids.length; i++) map.set(table.ids[i] as string, i);
    table.ordinalById = map;
  }
  return table.ordinalById;
}

/** The ordinal of an id, numbering it (with no child) when the `children` table does not hold it. */
export function ordinalOf(table: ChildTable, id: string): number {
  const ordinalById = ordinalMapOf(table);
  let ordinal = ordinalById.get(id);
  if (ordinal === undefined) {
    ordinal = table.ids.length;
    ordinalById.set(id, ordinal);
    table.ids.push(id);
    table.children.push(undefined);
    table.episodes.push(undefined);
    table.placements.push(undefined);
  }
  return ordinal;
}

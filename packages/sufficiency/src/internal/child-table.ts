import type { Child, Episode, Placement } from '@placewise/model';

/**
 * The dataset's child ids numbered once (an ordinal per id), with each table's rows for a child kept in an
 * array by ordinal: one hash table for all the by-child lookups, and no object per child. Ordinals below
 * `known` are the `children` table's ids in order of first appearance (a repeated id keeps its first place
 * and its last row, as `Map.set` would); episodes and placements of unknown ids get ordinals after them.
 */
export interface ChildTable {
  ordinalById: Map<string, number>;
  ids: string[];
  children: (Child | undefined)[];
  episodes: (Episode[] | undefined)[];
  placements: (Placement[] | undefined)[];
  known: number;
}

/** Numbers the `children` table's ids: one hash per child when ids are unique. */
export function tabulateChildren(rows: readonly Child[]): ChildTable {
  const ordinalById = new Map<string, number>();
  const ids: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    const id = (rows[i] as Child).id;
    ordinalById.set(id, i);
    ids.push(id);
  }
  let children: (Child | undefined)[] = rows.slice();
  if (ordinalById.size < rows.length) {
    // A repeated id: number ids by first appearance, keeping the last row.
    ordinalById.clear();
    ids.length = 0;
    children = [];
    for (const child of rows) {
      const ordinal = ordinalById.get(child.id);
      if (ordinal !== undefined) children[ordinal] = child;
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
  };
}

/** The ordinal of an id, numbering it (with no child) when the `children` table does not hold it. */
export function ordinalOf(table: ChildTable, id: string): number {
  let ordinal = table.ordinalById.get(id);
  if (ordinal === undefined) {
    ordinal = table.ids.length;
    table.ordinalById.set(id, ordinal);
    table.ids.push(id);
    table.children.push(undefined);
    table.episodes.push(undefined);
    table.placements.push(undefined);
  }
  return ordinal;
}

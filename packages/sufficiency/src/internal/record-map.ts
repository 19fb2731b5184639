import type { Child, Episode, Placement } from '@placewise/model';
import { type ChildTable, ordinalMapOf } from './child-table.js';

/**
 * A read-only map over the child table: the index's by-child maps share one hash table (one lookup per
 * child id and table) instead of building a map each. Iterates in the order a `Map` built from the table
 * would: `order` gives the ordinals.
 */
abstract class OrdinalMap<V> implements ReadonlyMap<string, V> {
  constructor(
    protected readonly table: ChildTable,
    private readonly order: () => readonly number[],
  ) {}
  protected abstract at(ordinal: number): V | undefined;
  get(id: string): V | undefined {
    const ordinal = ordinalMapOf(this.table).get(id);
    return ordinal === undefined ? undefined : this.at(ordinal);
  }
  has(id: string): boolean {
    return this.get(id) !== undefined;
  }
  get size(): number {
    return this.order().length;
  }
  *entries(): MapIterator<[string, V]> {
    for (const o of this.order()) yield [this.table.ids[o] as string, this.at(o) as V];
  }
  *keys(): MapIterator<string> {
    for (const o of this.order()) yield this.table.ids[o] as string;
  }
  *values(): MapIterator<V> {
    for (const o of this.order()) yield this.at(o) as V;
  }
  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
  forEach(visit: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (const o of this.order()) visit.call(thisArg, this.at(o) as V, this.table.ids[o] as string, this);
  }
}

/** Children by id. */
export class ChildMap extends OrdinalMap<Child> {
  protected at(ordinal: number): Child | undefined {
    return this.table.children[ordinal];
  }
}

/** A child's episodes by child id (the episodes must have been scanned). */
export class EpisodeMap extends OrdinalMap<readonly Episode[]> {
  protected at(ordinal: number): readonly Episode[] | undefined {
    return this.table.episodes[ordinal];
  }
}

/** A child's placements by child id (the placements must have been scanned). */
export class PlacementMap extends OrdinalMap<readonly Placement[]> {
  protected at(ordinal: number): readonly Placement[] | undefined {
    return this.table.placements[ordinal];
  }
}

/**
 * A value worked out once per dataset object (its index, its scans), kept for that object and no other.
 *
 * Kept on the dataset itself, under a symbol only this module holds, as a property that is not enumerable:
 * spreads, `JSON.stringify`, structured clones and deep-equality tests do not see it, and it goes when the
 * dataset goes. Not in a module-level `WeakMap`: V8's young-generation collector (Node 20) kept a WeakMap's
 * values alive until the next full collection, and each value reaches its dataset's rows. Over the 150
 * authorities of a regional report, that promoted about 200 MB of rows to the old generation instead of
 * freeing them, and made the young collector's pauses about 2.5 times as long (`--trace-gc-nvp`). A dataset
 * that cannot take a property (frozen, sealed or not extensible) is kept in a `WeakMap` instead.
 */
export interface DatasetMemo<K extends object, V> {
  get(dataset: K): V | undefined;
  set(dataset: K, value: V): void;
}

/** A {@link DatasetMemo}; `name` labels its symbol in a debugger. */
export function datasetMemo<K extends object, V>(name: string): DatasetMemo<K, V> {
  const key = Symbol(name);
  const fallback = new WeakMap<K, V>();
  return {
    get(dataset) {
      return Object.hasOwn(dataset, key)
        ? ((dataset as Record<symbol, unknown>)[key] as V)
        : fallback.get(dataset);
    },
    set(dataset, value) {
      if (Object.isExtensible(dataset)) {
        Object.defineProperty(dataset, key, { value, configurable: true, enumerable: false, writable: true });
      } else fallback.set(dataset, value);
    },
  };
}

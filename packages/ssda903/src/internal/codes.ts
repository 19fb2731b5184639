import {
  CODE_LISTS,
  type CodeListName,
  type CollectionYear,
  codesFor,
  isSupportedCollectionYear,
} from '@placewise/model';

const cache = new Map<string, ReadonlySet<string>>();

/**
 * The codes of a model list valid in a collection year (any year when none is given), as a set:
 * looked up once per list and year so the per-row check is one `Set.has`.
 */
export function validCodes(
  list: CodeListName,
  collectionYear: CollectionYear | undefined,
): ReadonlySet<string> {
  const key = `${list}:${collectionYear ?? '*'}`;
  let codes = cache.get(key);
  if (!codes) {
    const definitions =
      collectionYear && isSupportedCollectionYear(collectionYear)
        ? codesFor(list, collectionYear)
        : CODE_LISTS[list];
    codes = new Set(definitions.map((definition) => definition.code));
    cache.set(key, codes);
  }
  return codes;
}

/** PLACE codes that may not be used for placements starting after a date (P2: 28 October 2023, rule 217t). */
export function placeCutOffs(): ReadonlyMap<string, string> {
  const cutOffs = new Map<string, string>();
  for (const definition of CODE_LISTS.PLACE) {
    if (definition.notForPlacementsAfter) cutOffs.set(definition.code, definition.notForPlacementsAfter);
  }
  return cutOffs;
}

import type { LocatedPostcode, PostcodeLocator } from '@placewise/model';

/**
 * A locator that asks the given one once per distinct postcode and remembers the answer, for a run that
 * locates the same postcodes many times (each authority's indicators locate every placement again).
 * Internal: the cache lives as long as the returned locator.
 *
 * @example
 * const locator = locateOnce(createSectorLocator());
 * locator.locate('LS1 4AP') === locator.locate('LS1 4AP'); // true: parsed once
 */
export function locateOnce(locator: PostcodeLocator): PostcodeLocator {
  const cache = new Map<string, LocatedPostcode | undefined>();
  return {
    locate(postcode) {
      let located = cache.get(postcode);
      if (located === undefined && !cache.has(postcode)) {
        located = locator.locate(postcode);
        cache.set(postcode, located);
      }
      return located;
    },
  };
}

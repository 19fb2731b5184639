import type { Episode, LocatedPostcode, PostcodeLocator } from '@placewise/model';
import { distanceMiles } from '@placewise/model';
import type { DatasetIndex } from '../dataset-index.js';
import { placementOf } from './placement-of.js';

/** Distance, locality and placement authority of an episode's placement. */
export interface PlaceFacts {
  distanceMiles?: number | undefined;
  locality?: 'IN' | 'OUT' | undefined;
  placementAuthority?: string | undefined;
}

const NO_FACTS: PlaceFacts = Object.freeze({});

/**
 * Works out an episode's distance and locality: from its postcodes through `locator` when one is given
 * (DfE method: straight line between grid points, 1 dp; locality by the placement postcode's upper-tier
 * authority), else from the derived placement the episode belongs to. Lookups are cached per postcode.
 */
export function createPlaceFacts(
  index: DatasetIndex,
  locator: PostcodeLocator | undefined,
  responsibleAuthority: string | undefined,
): (episode: Episode) => PlaceFacts {
  const cache = new Map<string, LocatedPostcode | undefined>();
  const locate = (postcode: string | undefined) => {
    if (!postcode || !locator) return undefined;
    if (!cache.has(postcode)) cache.set(postcode, locator.locate(postcode));
    return cache.get(postcode);
  };
  // Without a locator the placement itself carries the three facts: return it rather than a copy per episode.
  if (!locator) return (episode) => placementOf(index, episode) ?? NO_FACTS;
  return (episode) => {
    const home = locate(episode.homePostcode);
    const placed = locate(episode.placementPostcode);
    const responsible = index.childrenById.get(episode.childId)?.responsibleAuthority ?? responsibleAuthority;
    return {
      distanceMiles: home && placed ? distanceMiles(home.point, placed.point) : undefined,
      locality: placed && responsible ? (placed.authority === responsible ? 'IN' : 'OUT') : undefined,
      placementAuthority: placed?.authority,
    };
  };
}

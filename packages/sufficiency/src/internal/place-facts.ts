import type { Child, Episode, PostcodeLocator } from '@placewise/model';
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

/** What {@link createPlaceFacts} reads of an episode or placement. */
export type PlaceOf = Pick<Episode, 'childId' | 'start' | 'homePostcode' | 'placementPostcode'>;

/**
 * Works out an episode's (or placement's) distance and locality: from its postcodes through `locator` when one is given
 * (DfE method: straight line between grid points, 1 dp; locality by the placement postcode's upper-tier
 * authority), else from the derived placement the episode belongs to.
 * `child`: the episode's child, when the caller has it to hand, so it is not looked up by id again.
 * With a locator, each call writes over the one object it returns (every caller reads it at once, and an
 * object per episode asked was a tenth of the indicators' allocation): read it before the next call.
 */
export function createPlaceFacts(
  index: DatasetIndex,
  locator: PostcodeLocator | undefined,
  responsibleAuthority: string | undefined,
  /** Set to `sector: true` when a postcode was located only to its sector (distances then approximate). */
  located: { sector: boolean } = { sector: false },
): (episode: PlaceOf, child?: Child) => PlaceFacts {
  // No cache of its own: a map of every postcode asked cost about what the lookups it saved did (the
  // sector locator remembers the units it located lately; a slow locator can be wrapped in a cache).
  const locate = (postcode: string | undefined) => {
    if (!postcode || !locator) return undefined;
    const found = locator.locate(postcode);
    if (found?.precision === 'sector') located.sector = true;
    return found;
  };
  // Without a locator the placement itself carries the three facts: return it rather than a copy per episode.
  if (!locator) return (episode) => placementOf(index, episode) ?? NO_FACTS;
  const facts: PlaceFacts = { distanceMiles: undefined, locality: undefined, placementAuthority: undefined };
  return (episode, child) => {
    const home = locate(episode.homePostcode);
    const placed = locate(episode.placementPostcode);
    const responsible =
      (child ?? index.childrenById.get(episode.childId))?.responsibleAuthority ?? responsibleAuthority;
    facts.distanceMiles = home && placed ? distanceMiles(home.point, placed.point) : undefined;
    facts.locality = placed && responsible ? (placed.authority === responsible ? 'IN' : 'OUT') : undefined;
    facts.placementAuthority = placed?.authority;
    return facts;
  };
}

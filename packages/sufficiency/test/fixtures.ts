import type { Child, Episode, Placement, Setting } from '@placewise/model';
import { categoryOf } from '@placewise/model';
import { derivePlacements } from '@placewise/ssda903';
import type { SufficiencyDataset } from '../src/dataset.js';

/** A synthetic child. */
export function child(id: string, dateOfBirth: string, extra: Partial<Child> = {}): Child {
  return { id, sex: 'female', dateOfBirth, uasc: false, ...extra };
}

/** A synthetic episode. */
export function episode(
  childId: string,
  start: string,
  end: string | undefined,
  placementType: string,
  extra: Partial<Episode> = {},
): Episode {
  return {
    childId,
    start,
    ...(end ? { end } : {}),
    reasonNewEpisode: 'S',
    legalStatus: 'C2',
    categoryOfNeed: 'N1',
    placementType,
    placementProvider: 'PR1',
    ...extra,
  };
}

/** A synthetic placement. */
export function placement(
  childId: string,
  start: string,
  end: string | undefined,
  placementType: string,
  extra: Partial<Placement> = {},
): Placement {
  return {
    id: `${childId}/${start}`,
    childId,
    start,
    ...(end ? { end } : {}),
    placementType,
    category: categoryOf(placementType, extra.placementProvider ?? 'PR1'),
    episodeCount: 1,
    ...extra,
  };
}

/**
 * A dataset of the given parts. Without `placements`, they are derived from the episodes by
 * `derivePlacements` (the one derivation), as a real caller does.
 */
export function dataset(parts: Partial<SufficiencyDataset>): SufficiencyDataset {
  const episodes = parts.episodes ?? [];
  return { children: [], episodes, placements: derivePlacements(episodes).value, ...parts };
}

/** A registered private children's home for ages 8–17 taking both sexes; `extra` overrides any field. */
export function setting(id: string, extra: Partial<Setting> = {}): Setting {
  return {
    id,
    type: 'childrens-home',
    category: 'childrens-home',
    registration: 'registered',
    places: 4,
    ageRange: { min: 8, max: 17 },
    sexes: ['male', 'female'],
    acceptsNeeds: [],
    acceptsRisks: [],
    deprivationOfLiberty: false,
    ownership: 'private',
    location: {},
    languages: [],
    faiths: [],
    communication: [],
    staffingRatios: [],
    ...extra,
  };
}

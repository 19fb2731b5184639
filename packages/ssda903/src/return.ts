import type { Child, Episode } from '@placewise/model';
import type { Ad1Record, PlacedAdoptionRecord } from './adoption.js';
import type { DoLoRecord } from './deprivation-of-liberty.js';
import type { MissingRecord } from './missing.js';
import type { Oc2Record, Oc3Record } from './outcomes.js';
import type { PrevPermRecord } from './prev-perm.js';
import type { ReviewRecord } from './review.js';
import type { SocialWorkerEpisodeRecord } from './social-worker-episode.js';
import type { Ssda903Table } from './table.js';
import type { UascRecord } from './uasc.js';

/**
 * A whole SSDA903 return as records, one array per table. `children` are the Header rows with
 * `uasc`/`uascCeased` filled from the UASC table.
 *
 * @example
 * const empty: Ssda903Return = { children: [], episodes: [], uasc: [], missing: [], reviews: [], oc2: [], oc3: [],
 *   ad1: [], placedAdoption: [], prevPerm: [], socialWorkerEpisodes: [] };
 */
export interface Ssda903Return {
  /** Header (with UASC folded in) */
  children: Child[];
  /** Episodes */
  episodes: Episode[];
  /** UASC */
  uasc: UascRecord[];
  /** Missing */
  missing: MissingRecord[];
  /** Reviews */
  reviews: ReviewRecord[];
  /** OC2 */
  oc2: Oc2Record[];
  /** OC3 */
  oc3: Oc3Record[];
  /** AD1 */
  ad1: Ad1Record[];
  /** PlacedAdoption */
  placedAdoption: PlacedAdoptionRecord[];
  /** PrevPerm */
  prevPerm: PrevPermRecord[];
  /** SWEpisodes */
  socialWorkerEpisodes: SocialWorkerEpisodeRecord[];
  /** DoLo (deprivation of liberty orders; optional so returns built before it still type-check) */
  deprivationOfLiberty?: DoLoRecord[];
}

/**
 * Which {@link Ssda903Return} key holds each table's records.
 *
 * @example
 * RETURN_KEYS.SWEpisodes; // 'socialWorkerEpisodes'
 */
export const RETURN_KEYS = {
  Header: 'children',
  Episodes: 'episodes',
  UASC: 'uasc',
  Missing: 'missing',
  Reviews: 'reviews',
  OC2: 'oc2',
  OC3: 'oc3',
  AD1: 'ad1',
  PlacedAdoption: 'placedAdoption',
  PrevPerm: 'prevPerm',
  SWEpisodes: 'socialWorkerEpisodes',
  DoLo: 'deprivationOfLiberty',
} as const satisfies Record<Ssda903Table, keyof Ssda903Return>;

/**
 * A return with no records, to build on.
 *
 * @example
 * const value = { ...emptyReturn(), episodes };
 */
export function emptyReturn(): Ssda903Return {
  return {
    children: [],
    episodes: [],
    uasc: [],
    missing: [],
    reviews: [],
    oc2: [],
    oc3: [],
    ad1: [],
    placedAdoption: [],
    prevPerm: [],
    socialWorkerEpisodes: [],
    deprivationOfLiberty: [],
  };
}

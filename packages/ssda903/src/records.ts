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
 * The record type each SSDA903 table reads into.
 *
 * @example
 * const episode: Ssda903Records['Episodes'] = { childId: 'C1', start: '2024-05-01', reasonNewEpisode: 'S',
 *   legalStatus: 'C2', categoryOfNeed: 'N1', placementType: 'U4' };
 */
export interface Ssda903Records {
  Header: Child;
  Episodes: Episode;
  UASC: UascRecord;
  Missing: MissingRecord;
  Reviews: ReviewRecord;
  OC2: Oc2Record;
  OC3: Oc3Record;
  AD1: Ad1Record;
  PlacedAdoption: PlacedAdoptionRecord;
  PrevPerm: PrevPermRecord;
  SWEpisodes: SocialWorkerEpisodeRecord;
  DoLo: DoLoRecord;
}

/** Any SSDA903 record. */
export type Ssda903Record = Ssda903Records[Ssda903Table];

/**
 * How many rows a table had and what became of them: always `rows === accepted + rejected`.
 *
 * @example
 * const summary: TableSummary = { table: 'Episodes', file: 'episodes.csv', rows: 10, accepted: 9, rejected: 1 };
 */
export interface TableSummary {
  table: Ssda903Table;
  file?: string;
  rows: number;
  accepted: number;
  rejected: number;
}

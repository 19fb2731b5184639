import type { Child, Episode, Placement, Setting } from '@placewise/model';
import type { Approval } from './approval.js';
import type { SufficiencyDataset } from './dataset.js';
import type { DolOrder } from './dol-order.js';
import { childTableOf, groupEpisodes, groupPlacements, scanEpisodes } from './internal/dataset-scan.js';
import { groupByChild } from './internal/group-by-child.js';
import { ChildMap, EpisodeMap, PlacementMap } from './internal/record-map.js';

/**
 * A dataset grouped by child once, so each rule and indicator walks a child's few records instead of the
 * whole return. Lists are sorted by start date. Rules receive one in their context.
 *
 * @example
 * const episodes = index.episodesByChild.get('C1') ?? [];
 */
export interface DatasetIndex {
  childrenById: ReadonlyMap<string, Child>;
  episodesByChild: ReadonlyMap<string, readonly Episode[]>;
  /** Episodes by PLACE code, in input order: rules about a few placement types read only those. */
  episodesByPlacementType: ReadonlyMap<string, readonly Episode[]>;
  placementsByChild: ReadonlyMap<string, readonly Placement[]>;
  settingsById: ReadonlyMap<string, Setting>;
  settingsByUrn: ReadonlyMap<string, Setting>;
  approvalsByChild: ReadonlyMap<string, readonly Approval[]>;
  dolOrdersByChild: ReadonlyMap<string, readonly DolOrder[]>;
}

const cache = new WeakMap<SufficiencyDataset, DatasetIndex>();

/**
 * Groups a dataset by child (and settings by id and URN) without changing it. The children are hashed by id
 * once, and each of the episodes and placements is grouped onto them in one pass the first time one of its
 * maps is read (the by-child maps are views of one table); the index is kept for the dataset object, so the rules, indicators and gap of one report
 * share it: datasets are treated as immutable, as everywhere in Placewise.
 *
 * @example
 * const index = indexDataset({ children, episodes, placements });
 */
export function indexDataset(dataset: SufficiencyDataset): DatasetIndex {
  const cached = cache.get(dataset);
  if (cached) return cached;
  const table = childTableOf(dataset);
  let known: number[] | undefined;
  const childrenById = new ChildMap(
    table,
    () => (known ??= Array.from({ length: table.known }, (_, i) => i)),
  );
  const episodesByChild = new EpisodeMap(table, () => groupEpisodes(dataset).order);
  const placementsByChild = new PlacementMap(table, () => groupPlacements(dataset));
  let settingsById: Map<string, Setting> | undefined;
  let settingsByUrn: Map<string, Setting> | undefined;
  let approvalsByChild: Map<string, Approval[]> | undefined;
  let dolOrdersByChild: Map<string, DolOrder[]> | undefined;
  const index: DatasetIndex = {
    childrenById,
    get episodesByChild() {
      groupEpisodes(dataset);
      return episodesByChild;
    },
    get episodesByPlacementType() {
      return scanEpisodes(dataset).byPlacementType;
    },
    get placementsByChild() {
      groupPlacements(dataset);
      return placementsByChild;
    },
    get settingsById() {
      // The first setting of an id or URN, as `runRules` reports the later ones (`setting.duplicate-*`).
      if (!settingsById) {
        settingsById = new Map();
        for (const s of dataset.settings ?? []) if (!settingsById.has(s.id)) settingsById.set(s.id, s);
      }
      return settingsById;
    },
    get settingsByUrn() {
      if (!settingsByUrn) {
        settingsByUrn = new Map();
        for (const s of dataset.settings ?? [])
          if (s.urn && !settingsByUrn.has(s.urn)) settingsByUrn.set(s.urn, s);
      }
      return settingsByUrn;
    },
    get approvalsByChild() {
      approvalsByChild ??= groupByChild(dataset.approvals ?? []);
      return approvalsByChild;
    },
    get dolOrdersByChild() {
      dolOrdersByChild ??= groupByChild(dataset.dolOrders ?? []);
      return dolOrdersByChild;
    },
  };
  cache.set(dataset, index);
  return index;
}

import type { Child, Episode, Placement, Setting } from '@placewise/model';
import type { Approval } from './approval.js';
import type { SufficiencyDataset } from './dataset.js';
import type { DolOrder } from './dol-order.js';

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

function groupByChild<T extends { childId: string; start?: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  let lastId: string | undefined;
  let last: T[] = [];
  for (const row of rows) {
    // Returns list a child's rows together, so most rows skip the map lookup.
    if (row.childId !== lastId) {
      lastId = row.childId;
      const list = groups.get(lastId);
      if (list) last = list;
      else {
        last = [];
        groups.set(lastId, last);
      }
    }
    last.push(row);
  }
  for (const list of groups.values()) {
    let sorted = true;
    for (let i = 1; i < list.length && sorted; i++)
      sorted = (list[i - 1]?.start ?? '') <= (list[i]?.start ?? '');
    if (!sorted) list.sort((a, b) => ((a.start ?? '') < (b.start ?? '') ? -1 : a.start === b.start ? 0 : 1));
  }
  return groups;
}

const cache = new WeakMap<SufficiencyDataset, DatasetIndex>();

/**
 * Groups a dataset by child (and settings by id and URN) without changing it. Each map is built the first time
 * it is read, and the index is kept for the dataset object, so the rules, indicators and gap of one report
 * share it: datasets are treated as immutable, as everywhere in Placewise.
 *
 * @example
 * const index = indexDataset({ children, episodes, placements });
 */
export function indexDataset(dataset: SufficiencyDataset): DatasetIndex {
  const cached = cache.get(dataset);
  if (cached) return cached;
  let childrenById: Map<string, Child> | undefined;
  let episodesByChild: Map<string, Episode[]> | undefined;
  let episodesByPlacementType: Map<string, Episode[]> | undefined;
  let placementsByChild: Map<string, Placement[]> | undefined;
  let settingsById: Map<string, Setting> | undefined;
  let settingsByUrn: Map<string, Setting> | undefined;
  let approvalsByChild: Map<string, Approval[]> | undefined;
  let dolOrdersByChild: Map<string, DolOrder[]> | undefined;
  const index: DatasetIndex = {
    get childrenById() {
      if (!childrenById) {
        childrenById = new Map();
        for (const c of dataset.children) childrenById.set(c.id, c);
      }
      return childrenById;
    },
    get episodesByChild() {
      episodesByChild ??= groupByChild(dataset.episodes);
      return episodesByChild;
    },
    get episodesByPlacementType() {
      if (!episodesByPlacementType) {
        episodesByPlacementType = new Map();
        for (const e of dataset.episodes) {
          const list = episodesByPlacementType.get(e.placementType);
          if (list) list.push(e);
          else episodesByPlacementType.set(e.placementType, [e]);
        }
      }
      return episodesByPlacementType;
    },
    get placementsByChild() {
      placementsByChild ??= groupByChild(dataset.placements);
      return placementsByChild;
    },
    get settingsById() {
      settingsById ??= new Map((dataset.settings ?? []).map((s) => [s.id, s]));
      return settingsById;
    },
    get settingsByUrn() {
      if (!settingsByUrn) {
        settingsByUrn = new Map();
        for (const s of dataset.settings ?? []) if (s.urn) settingsByUrn.set(s.urn, s);
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

import type { Child, Episode, Placement, Setting } from '@placewise/model';
import type { Approval } from './approval.js';
import type { SufficiencyDataset } from './dataset.js';
import type { DolOrder } from './dol-order.js';
import { datasetMemo } from './internal/dataset-memo.js';
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

const cache = datasetMemo<SufficiencyDataset, DatasetIndex>('placewise.datasetIndex');

/**
 * Groups a dataset by child (and settings by id and URN) without changing its rows. The children are hashed
 * by id once, and each of the episodes and placements is grouped onto them in one pass the first time one of
 * its maps is read (the by-child maps are views of one table). The index is kept for the dataset object, so
 * the rules, indicators and gap of one report share it: datasets are treated as immutable, as everywhere in
 * Placewise. It is kept on the object itself, as a symbol property that is not enumerable (no spread, JSON,
 * structured clone or deep-equality test sees it), or beside a frozen or sealed one.
 *
 * @example
 * const index = indexDataset({ children, episodes, placements });
 */
export function indexDataset(dataset: SufficiencyDataset): DatasetIndex {
  const cached = cache.get(dataset);
  if (cached) return cached;
  const index = new LazyIndex(dataset);
  cache.set(dataset, index);
  return index;
}

/**
 * {@link indexDataset}'s index: each map is made or filled the first time it is read. A class rather than
 * an object literal with getters: with the literal, each authority's rows outlived the young generation's
 * collections in a regional report (promoted to the old generation, not freed), as with a `WeakMap` cache
 * (see `datasetMemo`); with the class they do not. Measured with `--trace-gc-nvp`, not derived from V8's
 * documentation.
 */
class LazyIndex implements DatasetIndex {
  readonly childrenById: ChildMap;
  private readonly episodes: EpisodeMap;
  private readonly placements: PlacementMap;
  private settingsByIdMap: Map<string, Setting> | undefined;
  private settingsByUrnMap: Map<string, Setting> | undefined;
  private approvals: Map<string, Approval[]> | undefined;
  private dolOrders: Map<string, DolOrder[]> | undefined;

  constructor(private readonly dataset: SufficiencyDataset) {
    const table = childTableOf(dataset);
    let known: number[] | undefined;
    this.childrenById = new ChildMap(
      table,
      () => (known ??= Array.from({ length: table.known }, (_, i) => i)),
    );
    this.episodes = new EpisodeMap(table, () => groupEpisodes(dataset).order);
    this.placements = new PlacementMap(table, () => groupPlacements(dataset));
  }

  get episodesByChild(): ReadonlyMap<string, readonly Episode[]> {
    groupEpisodes(this.dataset);
    return this.episodes;
  }

  get episodesByPlacementType(): ReadonlyMap<string, readonly Episode[]> {
    return scanEpisodes(this.dataset).byPlacementType;
  }

  get placementsByChild(): ReadonlyMap<string, readonly Placement[]> {
    groupPlacements(this.dataset);
    return this.placements;
  }

  get settingsById(): ReadonlyMap<string, Setting> {
    // The first setting of an id or URN, as `runRules` reports the later ones (`setting.duplicate-*`).
    if (!this.settingsByIdMap) {
      const map = new Map<string, Setting>();
      for (const s of this.dataset.settings ?? []) if (!map.has(s.id)) map.set(s.id, s);
      this.settingsByIdMap = map;
    }
    return this.settingsByIdMap;
  }

  get settingsByUrn(): ReadonlyMap<string, Setting> {
    if (!this.settingsByUrnMap) {
      const map = new Map<string, Setting>();
      for (const s of this.dataset.settings ?? []) if (s.urn && !map.has(s.urn)) map.set(s.urn, s);
      this.settingsByUrnMap = map;
    }
    return this.settingsByUrnMap;
  }

  get approvalsByChild(): ReadonlyMap<string, readonly Approval[]> {
    this.approvals ??= groupByChild(this.dataset.approvals ?? []);
    return this.approvals;
  }

  get dolOrdersByChild(): ReadonlyMap<string, readonly DolOrder[]> {
    this.dolOrders ??= groupByChild(this.dataset.dolOrders ?? []);
    return this.dolOrders;
  }
}

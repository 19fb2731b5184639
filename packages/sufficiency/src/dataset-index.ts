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
  placementsByChild: ReadonlyMap<string, readonly Placement[]>;
  settingsById: ReadonlyMap<string, Setting>;
  settingsByUrn: ReadonlyMap<string, Setting>;
  approvalsByChild: ReadonlyMap<string, readonly Approval[]>;
  dolOrdersByChild: ReadonlyMap<string, readonly DolOrder[]>;
}

function groupByChild<T extends { childId: string; start?: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.childId);
    if (list) list.push(row);
    else groups.set(row.childId, [row]);
  }
  for (const list of groups.values()) {
    let sorted = true;
    for (let i = 1; i < list.length && sorted; i++)
      sorted = (list[i - 1]?.start ?? '') <= (list[i]?.start ?? '');
    if (!sorted) list.sort((a, b) => ((a.start ?? '') < (b.start ?? '') ? -1 : a.start === b.start ? 0 : 1));
  }
  return groups;
}

/**
 * Groups a dataset by child (and settings by id and URN) without changing it.
 *
 * @example
 * const index = indexDataset({ children, episodes, placements });
 */
export function indexDataset(dataset: SufficiencyDataset): DatasetIndex {
  const settings = dataset.settings ?? [];
  return {
    childrenById: new Map(dataset.children.map((c) => [c.id, c])),
    episodesByChild: groupByChild(dataset.episodes),
    placementsByChild: groupByChild(dataset.placements),
    settingsById: new Map(settings.map((s) => [s.id, s])),
    settingsByUrn: new Map(settings.filter((s) => s.urn).map((s) => [s.urn as string, s])),
    approvalsByChild: groupByChild(dataset.approvals ?? []),
    dolOrdersByChild: groupByChild(dataset.dolOrders ?? []),
  };
}

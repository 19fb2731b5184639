import type { Episode, Placement } from '@placewise/model';
import type { SufficiencyDataset } from '../dataset.js';
import { type ChildTable, tabulateChildren } from './child-table.js';
import { datasetMemo } from './dataset-memo.js';
import { dayKey } from './day.js';
import { groupByOrdinal } from './group-by-child.js';

/** What one pass over a dataset's episodes gives: by child (sorted by start) and by PLACE (input order). */
export interface EpisodeScan {
  /** Ordinals of the children with episodes, in order of first appearance in `episodes`. */
  order: number[];
  /** Built from `indicesByPlacementType` when first read: most rules need only the indices. */
  readonly byPlacementType: Map<string, Episode[]>;
  /** The input indices of the episodes of each PLACE, in input order (PLACE codes in order of first appearance). */
  indicesByPlacementType: Map<string, number[]>;
  /** {@link dayKey} of each episode's start, by input index. */
  starts: Float64Array;
  /** {@link dayKey} of each episode's end (open: Infinity), by input index. */
  ends: Float64Array;
  /** The child table ordinal of each episode's child, by input index: its child with no lookup by id. */
  ordinals: Int32Array;
}

/**
 * What one pass over a dataset's placements gives: by child (sorted by start); the {@link dayKey} of each
 * start and end (open: Infinity) by input index, so a date test reads no placement object; and the input
 * indices, in input order, of those outside the responsible authority, of each category, and of those with a
 * distance (with the distances in a typed array).
 */
export interface PlacementScan {
  /** Ordinals of the children with placements, in order of first appearance in `placements`. */
  order: number[];
  starts: Float64Array;
  ends: Float64Array;
  outOfArea: number[];
  byCategory: Map<string, number[]>;
  withDistance: number[];
  distances: Float64Array;
}

/** Each table's rows grouped by child: what {@link groupEpisodes} and {@link groupPlacements} give. */
interface EpisodeGroups {
  order: number[];
  ordinals: Int32Array;
}

interface Scans {
  table: ChildTable;
  episodeGroups?: EpisodeGroups;
  episodes?: EpisodeScan;
  placementOrder?: number[];
  placements?: PlacementScan;
}

const scans = datasetMemo<SufficiencyDataset, Scans>('placewise.datasetScans');

function scansOf(dataset: SufficiencyDataset): Scans {
  let found = scans.get(dataset);
  if (!found) {
    found = { table: tabulateChildren(dataset.children) };
    scans.set(dataset, found);
  }
  return found;
}

function push<T>(map: Map<string, T[]>, key: string, row: T): void {
  const list = map.get(key);
  if (list) list.push(row);
  else map.set(key, [row]);
}

/**
 * The dataset's child table, kept for the dataset object as the index is. {@link groupEpisodes} and
 * {@link groupPlacements} group those tables into it: each table is read once (half a million objects
 * scattered over the heap, where each read is a cache miss) and each child id is hashed once per table.
 */
export function childTableOf(dataset: SufficiencyDataset): ChildTable {
  return scansOf(dataset).table;
}

/**
 * The episodes grouped by child into the child table (lists sorted by start), without the by-row facts of
 * {@link scanEpisodes}: what the indicators need, which read each child's rows and no index by row.
 */
export function groupEpisodes(dataset: SufficiencyDataset): EpisodeGroups {
  const found = scansOf(dataset);
  if (!found.episodeGroups) {
    const ordinals = new Int32Array(dataset.episodes.length);
    const order = groupByOrdinal(dataset.episodes, found.table, found.table.episodes, ordinals);
    found.episodeGroups = { order, ordinals };
  }
  return found.episodeGroups;
}

/** The placements grouped by child into the child table (lists sorted by start); see {@link groupEpisodes}. */
export function groupPlacements(dataset: SufficiencyDataset): number[] {
  const found = scansOf(dataset);
  found.placementOrder ??= groupByOrdinal(dataset.placements, found.table, found.table.placements);
  return found.placementOrder;
}

/** {@link groupEpisodes}, then one pass over the episodes in input order for the by-row facts. */
export function scanEpisodes(dataset: SufficiencyDataset): EpisodeScan {
  const found = scansOf(dataset);
  if (!found.episodes) {
    const { order, ordinals } = groupEpisodes(dataset);
    const rows = dataset.episodes;
    const indicesByPlacementType = new Map<string, number[]>();
    const starts = new Float64Array(rows.length);
    const ends = new Float64Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const e = rows[i] as Episode;
      push(indicesByPlacementType, e.placementType, i);
      starts[i] = dayKey(e.start);
      ends[i] = e.end === undefined ? Number.POSITIVE_INFINITY : dayKey(e.end);
    }
    let byPlacementType: Map<string, Episode[]> | undefined;
    found.episodes = {
      order,
      get byPlacementType() {
        if (!byPlacementType) {
          byPlacementType = new Map();
          for (const [type, indices] of indicesByPlacementType)
            byPlacementType.set(
              type,
              indices.map((i) => rows[i] as Episode),
            );
        }
        return byPlacementType;
      },
      indicesByPlacementType,
      starts,
      ends,
      ordinals,
    };
  }
  return found.episodes;
}

/** {@link groupPlacements}, then one pass over the placements in input order for the by-row facts. */
export function scanPlacements(dataset: SufficiencyDataset): PlacementScan {
  const found = scansOf(dataset);
  if (!found.placements) {
    const order = groupPlacements(dataset);
    const rows = dataset.placements;
    const n = rows.length;
    const starts = new Float64Array(n);
    const ends = new Float64Array(n);
    const outOfArea: number[] = [];
    const byCategory = new Map<string, number[]>();
    const withDistance: number[] = [];
    const distances = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const p = rows[i] as Placement;
      starts[i] = dayKey(p.start);
      ends[i] = p.end === undefined ? Number.POSITIVE_INFINITY : dayKey(p.end);
      if (p.locality === 'OUT') outOfArea.push(i);
      push(byCategory, p.category, i);
      const miles = p.distanceMiles;
      if (miles !== undefined) distances[withDistance.push(i) - 1] = miles;
    }
    found.placements = {
      order,
      starts,
      ends,
      outOfArea,
      byCategory,
      withDistance,
      distances: distances.subarray(0, withDistance.length),
    };
  }
  return found.placements;
}

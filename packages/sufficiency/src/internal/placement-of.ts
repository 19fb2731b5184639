import type { Episode, Placement } from '@placewise/model';
import type { DatasetIndex } from '../dataset-index.js';

/** The derived placement an episode belongs to: the child's placement open on the episode's start date. */
export function placementOf(
  index: DatasetIndex,
  episode: Pick<Episode, 'childId' | 'start'>,
): Placement | undefined {
  return placementIn(index.placementsByChild.get(episode.childId), episode);
}

/** The placement among a child's `placements` (sorted by start) open on the episode's start date. */
export function placementIn(
  placements: readonly Placement[] | undefined,
  episode: Pick<Episode, 'start'>,
): Placement | undefined {
  if (!placements) return undefined;
  for (let i = placements.length - 1; i >= 0; i--) {
    const p = placements[i] as Placement;
    if (p.start <= episode.start && (p.end === undefined || p.end >= episode.start)) return p;
  }
  return undefined;
}

/** Whether a placement authority (GSS code or SCO/WAL/NIR) lies outside England. */
export function isOutsideEngland(authority: string | undefined): boolean {
  return authority !== undefined && !authority.startsWith('E');
}

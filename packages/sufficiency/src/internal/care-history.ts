import type { Episode } from '@placewise/model';

/** Legal statuses of an agreed series of short breaks, which DfE leaves out of its figures. */
export const SHORT_BREAK_STATUSES: ReadonlySet<string> = new Set(['V3', 'V4']);

/** A period of care: consecutive episodes with no gap, begun by RNE S or a break in care. */
export interface CarePeriod {
  start: string;
  end: string | undefined;
  episodes: Episode[];
}

/** A placement counted the DfE way for the stability measures. */
export interface StablePlacement {
  start: string;
  end: string | undefined;
  /** The placement's first episode (its PLACE, provider and postcodes). */
  first: Episode;
}

/** A child's care history with short breaks removed: periods of care and placements. */
export interface CareHistory {
  periods: CarePeriod[];
  placements: StablePlacement[];
}

const isTemporary = (e: Episode) => e.placementType.startsWith('T');
const squash = (p: string | undefined) => p?.replace(/\s+/g, '').toUpperCase() ?? '';

function sameHome(a: Episode, b: Episode): boolean {
  return a.placementType === b.placementType && squash(a.placementPostcode) === squash(b.placementPostcode);
}

/**
 * Builds a child's care history from their episodes (sorted by start), leaving out short breaks (V3/V4).
 *
 * A new period of care begins at the first episode, at RNE `S`, or where the previous episode ended before
 * this one began (a gap of a day or more; DEC and the next DECOM on the same day is continuous care).
 * Placements follow DfE's stability counting: a legal-status-only change (RNE `L`) continues the placement;
 * temporary moves (T0–T4) are not placements, and a return from one to the same PLACE and PL_POST continues
 * the placement left; placement for adoption with the current foster carers (A3/A5 straight after a foster
 * placement) continues it too, as DfE's long-term stability measure counts the adoptive placement with the
 * previous placement with the same carers. Any other new episode (RNE P, T, U, B) starts a placement.
 */
export function buildCareHistory(episodes: readonly Episode[]): CareHistory {
  const periods: CarePeriod[] = [];
  const placements: StablePlacement[] = [];
  let period: CarePeriod | undefined;
  let placement: StablePlacement | undefined;
  let previous: Episode | undefined;
  let leftForTemporary = false;
  for (const episode of episodes) {
    if (SHORT_BREAK_STATUSES.has(episode.legalStatus)) continue;
    const continuous =
      period !== undefined &&
      episode.reasonNewEpisode !== 'S' &&
      previous?.end !== undefined &&
      previous.end === episode.start;
    if (!continuous || !period) {
      period = { start: episode.start, end: episode.end, episodes: [episode] };
      periods.push(period);
      placement = undefined;
      leftForTemporary = false;
    } else {
      period.end = episode.end;
      period.episodes.push(episode);
    }
    previous = episode;
    if (isTemporary(episode)) {
      leftForTemporary = placement !== undefined;
      continue;
    }
    const continues =
      placement !== undefined &&
      (leftForTemporary
        ? sameHome(episode, placement.first)
        : episode.reasonNewEpisode === 'L' ||
          ((episode.placementType === 'A3' || episode.placementType === 'A5') &&
            placement.first.placementType.startsWith('U')));
    if (continues && placement) {
      placement.end = episode.end;
    } else {
      placement = { start: episode.start, end: episode.end, first: episode };
      placements.push(placement);
    }
    leftForTemporary = false;
  }
  return { periods, placements };
}

/**
 * {@link buildCareHistory} into reusable arrays, for the indicators' loop over every child: the same periods
 * and placements, held column-wise (period `k` is `periodStart[k]`, `periodEnd[k]` and the kept episodes
 * `kept[periodFirst[k]]` to `kept[periodLast[k] - 1]`), so a national return allocates nothing per child.
 * Each {@link CareHistoryBuffer.fill} overwrites the previous child's history; only the first `periods`
 * (`placements`) entries are meaningful.
 */
export class CareHistoryBuffer {
  readonly kept: Episode[] = [];
  readonly periodStart: string[] = [];
  readonly periodEnd: (string | undefined)[] = [];
  readonly periodFirst: number[] = [];
  readonly periodLast: number[] = [];
  periods = 0;
  readonly placementStart: string[] = [];
  readonly placementEnd: (string | undefined)[] = [];
  readonly placementFirst: Episode[] = [];
  placements = 0;

  /** Replaces the buffer's contents with the care history of `episodes` (sorted by start). */
  fill(episodes: readonly Episode[]): void {
    let kept = 0;
    let periods = 0;
    let placements = 0;
    // Whether the current period has a placement yet (the last one, `placements - 1`).
    let placed = false;
    let previous: Episode | undefined;
    let leftForTemporary = false;
    for (let i = 0; i < episodes.length; i++) {
      const episode = episodes[i] as Episode;
      if (SHORT_BREAK_STATUSES.has(episode.legalStatus)) continue;
      const continuous =
        periods > 0 &&
        episode.reasonNewEpisode !== 'S' &&
        previous?.end !== undefined &&
        previous.end === episode.start;
      if (!continuous) {
        this.periodStart[periods] = episode.start;
        this.periodEnd[periods] = episode.end;
        this.periodFirst[periods] = kept;
        periods += 1;
        placed = false;
        leftForTemporary = false;
      } else {
        this.periodEnd[periods - 1] = episode.end;
      }
      this.kept[kept] = episode;
      kept += 1;
      this.periodLast[periods - 1] = kept;
      previous = episode;
      if (isTemporary(episode)) {
        leftForTemporary = placed;
        continue;
      }
      const first = placed ? (this.placementFirst[placements - 1] as Episode) : undefined;
      const continues =
        first !== undefined &&
        (leftForTemporary
          ? sameHome(episode, first)
          : episode.reasonNewEpisode === 'L' ||
            ((episode.placementType === 'A3' || episode.placementType === 'A5') &&
              first.placementType.startsWith('U')));
      if (continues) {
        this.placementEnd[placements - 1] = episode.end;
      } else {
        this.placementStart[placements] = episode.start;
        this.placementEnd[placements] = episode.end;
        this.placementFirst[placements] = episode;
        placements += 1;
        placed = true;
      }
      leftForTemporary = false;
    }
    this.periods = periods;
    this.placements = placements;
  }
}

import {
  categoryOf,
  distanceMiles,
  type Episode,
  type GssCode,
  type Issue,
  type LocatedPostcode,
  type Placement,
  type PostcodeLocator,
  type Result,
} from '@placewise/model';
import { issue } from './internal/issue.js';

/** Options for {@link derivePlacements}. */
export interface DerivePlacementsOptions {
  /** Locates HOME_POST and PL_POST for distance and placement authority. Default: none (fields left out). */
  locator?: PostcodeLocator;
  /** The responsible authority (upper tier GSS code), for `locality` IN/OUT. Default: none (left out). */
  responsibleAuthority?: GssCode;
}

/** RNE codes that begin a new placement (DfE counting; L, a legal-status-only change, continues one). */
const NEW_PLACEMENT = new Set(['S', 'P', 'T', 'U', 'B']);
const NATION_CODES = { wales: 'WAL', scotland: 'SCO', 'northern-ireland': 'NIR' } as const;

function compareEpisodes(a: Episode, b: Episode): number {
  if (a.childId !== b.childId) return a.childId < b.childId ? -1 : 1;
  return a.start < b.start ? -1 : a.start > b.start ? 1 : 0;
}

function startsPlacement(episode: Episode, previous: Episode | undefined): boolean {
  if (!previous || previous.childId !== episode.childId) return true;
  // A gap in care, or an episode that does not follow on, cannot continue the previous placement.
  if (previous.end !== episode.start) return true;
  return NEW_PLACEMENT.has(episode.reasonNewEpisode);
}

/**
 * Groups episodes into placements the way DfE counts them: a new placement begins when RNE is S, P, T,
 * U or B; an L episode (legal status changed only) continues the placement it follows. With a locator it
 * adds DfE's derived fields: PL_DISTANCE (`distanceMiles`), PL_LA (`placementAuthority`: the upper-tier
 * authority in England, `WAL`/`SCO`/`NIR` elsewhere) and PL_LOCATION (`locality`, given the responsible
 * authority). Category comes from `categoryOf(PLACE, PLACE_PROVIDER)`.
 *
 * @example
 * const { value: placements } = derivePlacements(episodes, { locator, responsibleAuthority: 'E08000035' });
 */
export function derivePlacements(
  episodes: readonly Episode[],
  options: DerivePlacementsOptions = {},
): Result<Placement[]> {
  const sorted = [...episodes].sort(compareEpisodes);
  const placements: Placement[] = [];
  const issues: Issue[] = [];
  let current: Placement | undefined;
  let previous: Episode | undefined;
  for (const episode of sorted) {
    if (current && !startsPlacement(episode, previous)) {
      current.episodeCount += 1;
      if (episode.end === undefined) delete current.end;
      else current.end = episode.end;
    } else {
      current = startPlacement(episode, options, issues, placements.length + 1);
      placements.push(current);
    }
    previous = episode;
  }
  return { value: placements, issues };
}

function startPlacement(
  episode: Episode,
  options: DerivePlacementsOptions,
  issues: Issue[],
  index: number,
): Placement {
  const placement: Placement = {
    id: `${episode.childId}/${episode.start}`,
    childId: episode.childId,
    start: episode.start,
    placementType: episode.placementType,
    category: categoryOf(episode.placementType, episode.placementProvider),
    episodeCount: 1,
  };
  if (episode.end !== undefined) placement.end = episode.end;
  if (episode.placementProvider !== undefined) placement.placementProvider = episode.placementProvider;
  if (episode.urn !== undefined) placement.urn = episode.urn;
  if (episode.homePostcode !== undefined) placement.homePostcode = episode.homePostcode;
  if (episode.placementPostcode !== undefined) placement.placementPostcode = episode.placementPostcode;
  if (options.locator) locate(placement, options.locator, options.responsibleAuthority, issues, index);
  return placement;
}

function locate(
  placement: Placement,
  locator: PostcodeLocator,
  responsible: GssCode | undefined,
  issues: Issue[],
  index: number,
): void {
  const there: LocatedPostcode | undefined =
    placement.placementPostcode === undefined ? undefined : locator.locate(placement.placementPostcode);
  if (!there) {
    if (placement.placementPostcode !== undefined) {
      const message = 'PL_POST could not be located; distance and placement authority are not known.';
      issues.push(
        issue('placement.unlocated', message, {
          table: 'Episodes',
          column: 'PL_POST',
          path: ['placements', index - 1],
        }),
      );
    }
    return;
  }
  placement.placementAuthority = there.nation === 'england' ? there.authority : NATION_CODES[there.nation];
  if (responsible !== undefined) {
    placement.locality = there.nation === 'england' && there.authority === responsible ? 'IN' : 'OUT';
  }
  const home = placement.homePostcode === undefined ? undefined : locator.locate(placement.homePostcode);
  if (home) placement.distanceMiles = distanceMiles(home.point, there.point);
}

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
import {
  isShortBreakStatus,
  isTemporaryPlacement,
  orderEpisodes,
  returnsTo,
  startsPeriod,
} from './internal/episode-order.js';
import { issue } from './internal/issue.js';

/**
 * How a change of placement with the same carer (RNE T or U) is counted: `new-placement` (the default) makes
 * it another placement, as the RNE code says; `same-placement` continues the placement, as a child who has not
 * moved home might say. Either way the placement keeps `sameCarerSince` (rule `same-carer`).
 *
 * @example
 * const choice: SameCarerChange = 'new-placement';
 */
export type SameCarerChange = 'new-placement' | 'same-placement';

/** Options for {@link derivePlacements}. */
export interface DerivePlacementsOptions {
  /** Locates HOME_POST and PL_POST for distance and placement authority. Default: none (fields left out). */
  locator?: PostcodeLocator;
  /** The responsible authority (upper tier GSS code), for `locality` IN/OUT. Default: none (left out). */
  responsibleAuthority?: GssCode;
  /** How RNE T and U are counted; see {@link SameCarerChange}. Default `new-placement`. */
  sameCarerChange?: SameCarerChange;
  /** Keep short-break episodes (LS V3/V4) as placements, which DfE does not. Default false. */
  includeShortBreaks?: boolean;
}

const NATION_CODES = { wales: 'WAL', scotland: 'SCO', 'northern-ireland': 'NIR' } as const;
/** Where a placement's `end` key stands among its keys: none, where the first episode put it, or last. */
type EndKey = 'none' | 'first' | 'last';

/**
 * The state of the child's current placement while the episodes are walked. The placement object is made
 * once, when the placement is complete, with the keys in the order that setting and deleting `end` episode
 * by episode gave: an object never has a key deleted (which leaves it in the engine's slow dictionary form).
 */
interface Current {
  first: Episode;
  sameCarerSince: string;
  episodeCount: number;
  end: string | undefined;
  endKey: EndKey;
  /** Set while the child is on a temporary move: the day it began and how many temporary episodes. */
  awaySince: string | undefined;
  awayEpisodes: number;
}

/**
 * Turns SSDA903 episodes into placements the way DfE counts them — the one place in Placewise that does
 * (with `deriveChildCare` beside it, which walks by the same rules without making placements).
 * The rules, each with its source, are {@link PLACEMENT_RULES}: short breaks (LS V3/V4) are left out; a
 * period of care starts at RNE S or after a gap; RNE L continues the placement; RNE P, T, U and B start
 * another; T and U keep the carer's start date (`sameCarerSince`); temporary placements (T0–T4) are not
 * placements, and coming back from one to the same PLACE and PL_POST continues the placement left.
 * Placements are ordered by child id, then start. With a locator it adds DfE's derived fields: PL_DISTANCE
 * (`distanceMiles`), PL_LA (`placementAuthority`: the upper-tier authority in England, `WAL`/`SCO`/`NIR`
 * elsewhere) and PL_LOCATION (`locality`, given the responsible authority). Category comes from
 * `categoryOf(PLACE, PLACE_PROVIDER)` of the placement's first episode.
 *
 * @example
 * const { value: placements } = derivePlacements(episodes, { locator, responsibleAuthority: 'E08000035' });
 */
export function derivePlacements(
  episodes: readonly Episode[],
  options: DerivePlacementsOptions = {},
): Result<Placement[]> {
  const sameCarerContinues = options.sameCarerChange === 'same-placement';
  const placements: Placement[] = [];
  let current: Current | undefined;
  let previous: Episode | undefined;
  const finish = () => {
    if (!current) return;
    // Rule `temporary-not-a-placement`: the temporary move ended without a return, so the placement ended
    // when the move began. A move still open leaves the placement open: the child may yet return.
    if (current.awaySince !== undefined && current.end !== undefined) current.end = current.awaySince;
    placements.push(makePlacement(current));
    current = undefined;
  };
  for (const episode of orderEpisodes(episodes)) {
    if (!options.includeShortBreaks && isShortBreakStatus(episode.legalStatus)) continue;
    const newPeriod = startsPeriod(episode, previous);
    previous = episode;
    if (newPeriod) finish();
    if (isTemporaryPlacement(episode.placementType)) {
      if (current) {
        current.awaySince ??= episode.start;
        current.awayEpisodes += 1;
        setEnd(current, episode.end);
      }
      continue;
    }
    const rne = episode.reasonNewEpisode;
    const sameCarer = rne === 'T' || rne === 'U';
    const continues =
      current !== undefined &&
      (current.awaySince !== undefined
        ? returnsTo(episode, current.first)
        : rne === 'L' || (sameCarer && sameCarerContinues));
    if (continues && current) {
      current.episodeCount += 1 + current.awayEpisodes;
      current.awaySince = undefined;
      current.awayEpisodes = 0;
      setEnd(current, episode.end);
      continue;
    }
    const carerSince = sameCarer && current ? current.sameCarerSince : undefined;
    finish();
    current = {
      first: episode,
      sameCarerSince: carerSince ?? episode.start,
      episodeCount: 1,
      end: episode.end,
      endKey: episode.end === undefined ? 'none' : 'first',
      awaySince: undefined,
      awayEpisodes: 0,
    };
  }
  finish();
  const issues: Issue[] = [];
  if (options.locator) {
    // `null`: asked before and not located. One lookup for a postcode asked before, two for a new one.
    const cache = new Map<string, LocatedPostcode | null>();
    const locator = options.locator;
    const locate = (postcode: string) => {
      let located = cache.get(postcode);
      if (located === undefined) {
        located = locator.locate(postcode) ?? null;
        cache.set(postcode, located);
      }
      return located ?? undefined;
    };
    placements.forEach((p, i) => {
      locatePlacement(p, locate, options.responsibleAuthority, issues, i);
    });
  }
  return { value: placements, issues };
}

/** An episode's end as the placement's: an open episode leaves it open (no `end` key); a key set again comes last. */
function setEnd(current: Current, end: string | undefined): void {
  current.end = end;
  if (end === undefined) current.endKey = 'none';
  else if (current.endKey === 'none') current.endKey = 'last';
}

function makePlacement(current: Current): Placement {
  const episode = current.first;
  const placement: Placement = {
    id: `${episode.childId}/${episode.start}`,
    childId: episode.childId,
    start: episode.start,
    placementType: episode.placementType,
    category: categoryOf(episode.placementType, episode.placementProvider),
    sameCarerSince: current.sameCarerSince,
    episodeCount: current.episodeCount,
  };
  if (current.endKey === 'first') placement.end = current.end as string;
  if (episode.placementProvider !== undefined) placement.placementProvider = episode.placementProvider;
  if (episode.urn !== undefined) placement.urn = episode.urn;
  if (episode.homePostcode !== undefined) placement.homePostcode = episode.homePostcode;
  if (episode.placementPostcode !== undefined) placement.placementPostcode = episode.placementPostcode;
  if (current.endKey === 'last') placement.end = current.end as string;
  return placement;
}

function locatePlacement(
  placement: Placement,
  locate: (postcode: string) => LocatedPostcode | undefined,
  responsible: GssCode | undefined,
  issues: Issue[],
  index: number,
): void {
  const there = placement.placementPostcode === undefined ? undefined : locate(placement.placementPostcode);
  if (!there) {
    if (placement.placementPostcode !== undefined) {
      const message = 'PL_POST could not be located; distance and placement authority are not known.';
      issues.push(
        issue('placement.unlocated', message, {
          table: 'Episodes',
          column: 'PL_POST',
          path: ['placements', index],
        }),
      );
    }
    return;
  }
  placement.placementAuthority = there.nation === 'england' ? there.authority : NATION_CODES[there.nation];
  if (responsible !== undefined) {
    placement.locality = there.nation === 'england' && there.authority === responsible ? 'IN' : 'OUT';
  }
  const home = placement.homePostcode === undefined ? undefined : locate(placement.homePostcode);
  if (home) placement.distanceMiles = distanceMiles(home.point, there.point);
}

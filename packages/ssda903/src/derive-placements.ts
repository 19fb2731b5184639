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
 * Makes a placement, complete, in one object: a constructor of plain objects (prototype `Object.prototype`,
 * as for `{}`) so that the engine sizes each for every key this body may set (counted from its `this.`
 * assignments) rather than growing its key store as optional keys are added one by one (three times for a
 * located placement). The keys come in the order that setting them episode by episode, then locating,
 * gave before: `end` where the first episode put it, or after the postcodes when a later episode set it
 * again; the located fields last. An absent value leaves its key out.
 */
function placementRecord(
  this: Record<string, unknown>,
  first: Episode,
  sameCarerSince: string,
  episodeCount: number,
  end: string | undefined,
  endKey: EndKey,
  there: LocatedPostcode | undefined,
  home: LocatedPostcode | undefined,
  responsible: GssCode | undefined,
) {
  this.id = `${first.childId}/${first.start}`;
  this.childId = first.childId;
  this.start = first.start;
  this.placementType = first.placementType;
  this.category = categoryOf(first.placementType, first.placementProvider);
  this.sameCarerSince = sameCarerSince;
  this.episodeCount = episodeCount;
  if (endKey === 'first') this.end = end;
  if (first.placementProvider !== undefined) this.placementProvider = first.placementProvider;
  if (first.urn !== undefined) this.urn = first.urn;
  if (first.homePostcode !== undefined) this.homePostcode = first.homePostcode;
  if (first.placementPostcode !== undefined) this.placementPostcode = first.placementPostcode;
  if (endKey === 'last') this.end = end;
  if (there === undefined) return;
  this.placementAuthority = there.nation === 'england' ? there.authority : NATION_CODES[there.nation];
  if (responsible !== undefined) {
    this.locality = there.nation === 'england' && there.authority === responsible ? 'IN' : 'OUT';
  }
  if (home !== undefined) this.distanceMiles = distanceMiles(home.point, there.point);
}
placementRecord.prototype = Object.prototype;
/** {@link placementRecord}, called with `new`. */
const PlacementRecord = placementRecord as unknown as new (
  ...args: Parameters<typeof placementRecord>
) => Placement;

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
  const walk = new PlacementWalk(options.locator, options.responsibleAuthority);
  let previous: Episode | undefined;
  for (const episode of orderEpisodes(episodes)) {
    if (!options.includeShortBreaks && isShortBreakStatus(episode.legalStatus)) continue;
    const newPeriod = startsPeriod(episode, previous);
    previous = episode;
    if (newPeriod) walk.finish();
    const first = walk.first;
    if (isTemporaryPlacement(episode.placementType)) {
      if (first !== undefined) walk.moveAway(episode);
      continue;
    }
    const rne = episode.reasonNewEpisode;
    const sameCarer = rne === 'T' || rne === 'U';
    const continues =
      first !== undefined &&
      (walk.awaySince !== undefined
        ? returnsTo(episode, first)
        : rne === 'L' || (sameCarer && sameCarerContinues));
    if (continues) {
      walk.carryOn(episode);
      continue;
    }
    const carerSince = sameCarer && first !== undefined ? walk.sameCarerSince : undefined;
    walk.finish();
    walk.begin(episode, carerSince ?? episode.start);
  }
  walk.finish();
  return { value: walk.placements, issues: walk.issues };
}

/**
 * The placement being made while {@link derivePlacements} walks the episodes, and the placements made. A
 * class, not closures over the walk's variables: the closures were made anew on every call, a new call
 * target each time for the walk's optimised code (deoptimised and compiled again for the first few
 * authorities of a region), and every variable they shared lived in a context rather than a register.
 */
class PlacementWalk {
  readonly placements: Placement[] = [];
  readonly issues: Issue[] = [];
  /** The placement's first episode; unset between placements. */
  first: Episode | undefined = undefined;
  /** The day its carer began. */
  sameCarerSince = '';
  private episodeCount = 0;
  /** Its end, and where that key stands. */
  private end: string | undefined = undefined;
  private endKey: EndKey = 'none';
  /** While the child is on a temporary move: the day the move began, and how many temporary episodes it has had. */
  awaySince: string | undefined = undefined;
  private awayEpisodes = 0;
  private readonly locator: DerivePlacementsOptions['locator'];
  private readonly responsibleAuthority: DerivePlacementsOptions['responsibleAuthority'];

  constructor(
    locator: DerivePlacementsOptions['locator'],
    responsibleAuthority: DerivePlacementsOptions['responsibleAuthority'],
  ) {
    this.locator = locator;
    this.responsibleAuthority = responsibleAuthority;
  }

  /** Starts a placement at `episode`, its carer there since `sameCarerSince`. */
  begin(episode: Episode, sameCarerSince: string): void {
    this.first = episode;
    this.sameCarerSince = sameCarerSince;
    this.episodeCount = 1;
    this.end = episode.end;
    this.endKey = episode.end === undefined ? 'none' : 'first';
    this.awaySince = undefined;
    this.awayEpisodes = 0;
  }

  /** A temporary move (T0–T4) from the placement: its episodes count towards it if the child comes back. */
  moveAway(episode: Episode): void {
    this.awaySince ??= episode.start;
    this.awayEpisodes += 1;
    this.setEnd(episode.end);
  }

  /** An episode that continues the placement, and the temporary move it comes back from, if any. */
  carryOn(episode: Episode): void {
    this.episodeCount += 1 + this.awayEpisodes;
    this.awaySince = undefined;
    this.awayEpisodes = 0;
    this.setEnd(episode.end);
  }

  /** An episode's end as the placement's: an open episode leaves it open (no `end` key); a key set again comes last. */
  private setEnd(to: string | undefined): void {
    this.end = to;
    if (to === undefined) this.endKey = 'none';
    else if (this.endKey === 'none') this.endKey = 'last';
  }

  // Asked for each placement as it is made, with no cache here: a cache per call grew a map of every
  // postcode of the authority, which cost about what the lookups it saved did (the sector locator remembers
  // the units it located lately; a slow locator can be wrapped in a cache by its caller).
  private locate(postcode: string | undefined) {
    return postcode === undefined || this.locator === undefined ? undefined : this.locator.locate(postcode);
  }

  /** Makes the placement being walked, if there is one. */
  finish(): void {
    const first = this.first;
    if (first === undefined) return;
    // Rule `temporary-not-a-placement`: the temporary move ended without a return, so the placement ended
    // when the move began. A move still open leaves the placement open: the child may yet return.
    if (this.awaySince !== undefined && this.end !== undefined) this.end = this.awaySince;
    // Located as it is made, in the order the placements come: the placement's postcode, then (when that
    // was found) the home's.
    const there = this.locate(first.placementPostcode);
    if (there === undefined && this.locator !== undefined && first.placementPostcode !== undefined) {
      const message = 'PL_POST could not be located; distance and placement authority are not known.';
      this.issues.push(
        issue('placement.unlocated', message, {
          table: 'Episodes',
          column: 'PL_POST',
          path: ['placements', this.placements.length],
        }),
      );
    }
    const home = there === undefined ? undefined : this.locate(first.homePostcode);
    this.placements.push(
      new PlacementRecord(
        first,
        this.sameCarerSince,
        this.episodeCount,
        this.end,
        this.endKey,
        there,
        home,
        this.responsibleAuthority,
      ),
    );
    this.first = undefined;
  }
}

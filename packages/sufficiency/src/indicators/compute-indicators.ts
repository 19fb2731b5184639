import type {
  Child,
  CollectionYear,
  Episode,
  Issue,
  Placement,
  PostcodeLocator,
  Result,
} from '@placewise/model';
import { categoryOf, collectionYearBounds, dfeGroupingOf } from '@placewise/model';
import { type ChildCare, createChildCare, deriveChildCare, isOpenAt, isShortBreak } from '@placewise/ssda903';
import { subMonths } from 'date-fns/subMonths';
import type { SufficiencyDataset } from '../dataset.js';
import { indexDataset } from '../dataset-index.js';
import { ageAt } from '../internal/birthday.js';
import { bump, emptyChildCount, emptyMix, proportion, sortKeys } from '../internal/counters.js';
import { childTableOf, groupEpisodes, groupPlacements } from '../internal/dataset-scan.js';
import { createPlaceFacts, type PlaceFacts } from '../internal/place-facts.js';
import { usualEpisode } from '../internal/usual-episode.js';
import { dfeAgeBandOf } from './age-band.js';
import { coverageFieldsOf } from './coverage-of-dataset.js';
import { distanceLocalityBandOf, emptyDistanceLocality } from './distance-locality.js';
import type { ChildCount, SufficiencyIndicators } from './sufficiency-indicators.js';
import { notReached, yearNotReached } from './year-reached.js';

/** Options for {@link computeIndicators}. */
export interface ComputeIndicatorsOptions {
  collectionYear: CollectionYear;
  /** Children aged under 18 living in the authority (ONS mid-year estimate), for rates per 10,000. */
  childPopulation?: number;
  /** Locates HOME_POST and PL_POST; without one, distance and locality come from the derived placements. */
  locator?: PostcodeLocator;
  /** Defaults to the dataset's `responsibleAuthority`. */
  responsibleAuthority?: string;
  /**
   * Whether distances were worked out from postcode-sector centroids (approximate) rather than full
   * postcodes. Default: from the locator's precision when one is given, else true (not known to be exact).
   */
  distancesApproximate?: boolean;
}

const NO_FACTS: PlaceFacts = Object.freeze({});
const NO_PLACEMENTS: readonly Placement[] = [];

const OTHER_ARRANGEMENTS = new Set(['H5', 'P2', 'K3', 'Z1', 'Z11', 'Z12', 'Z13', 'Z14']);

const ADOPTION = new Set(['A3', 'A4', 'A5', 'A6']);

/** Whether a placement overlaps the days `from`–`to` (ending on `from` still overlaps). */
const overlaps = (p: Placement, from: string, to: string) =>
  p.start <= to && (p.end === undefined || p.end >= from);

/** The date the child began living with the placement's carer (rule `same-carer` of `@placewise/ssda903`). */
const carerSince = (p: Placement) => p.sameCarerSince ?? p.start;

function isoMonthsBefore(date: string, months: number): string {
  const d = subMonths(new Date(`${date}T12:00:00Z`), months);
  return d.toISOString().slice(0, 10);
}

/** Whether any episode overlaps the year: a child whose care ended earlier or began later adds to no figure. */
function touchesYear(episodes: readonly Episode[], start: string, end: string): boolean {
  // Latest first: a child still in care in the year usually has its last episode in it.
  for (let k = episodes.length - 1; k >= 0; k--) {
    const e = episodes[k] as Episode;
    if (e.start <= end && (e.end === undefined || e.end >= start)) return true;
  }
  return false;
}

function isUascOn(child: Child, date: string): boolean {
  return child.uasc && (child.uascCeased === undefined || child.uascCeased > date);
}

function count(into: ChildCount, child: Child, date: string): void {
  countAged(into, child, date, ageAt(child.dateOfBirth, date));
}

function countAged(into: ChildCount, child: Child, date: string, age: number): void {
  into.total += 1;
  into.byAgeBand[dfeAgeBandOf(age)] += 1;
  into.bySex[child.sex] += 1;
  if (isUascOn(child, date)) into.byUasc.uasc += 1;
  else into.byUasc.nonUasc += 1;
}

/**
 * Computes the DfE children looked after indicators for one collection year (1 April to 31 March), following
 * DfE's "Children looked after in England including adoptions" methodology. Periods of care come from
 * `derivePeriodsOfCare` and placements are the dataset's, made by `derivePlacements` (both `@placewise/ssda903`,
 * the one derivation: short breaks V3/V4 and temporary moves T0–T4 are not placements, RNE L continues one):
 *
 * - `claAt31March`: children with a period of care open at the end of 31 March. One whose last episode ends on
 *   31 March has ceased, so that child is not counted (unless another episode begins that day). Children looked
 *   after only under an agreed series of short breaks are excluded throughout, as DfE does.
 * - `startedDuringYear` / `ceasedDuringYear`: children starting (ceasing) a period of care in the year, each
 *   child counted once (DfE counts the first start and the last ceasing). Ages are at that date.
 * - `placementMixAt31March`: the PLACE of each child's placement at 31 March (a child on a temporary move
 *   counts in the placement left), by PLACE, placement category and DfE's published grouping (`dfeGroupingOf`:
 *   R1 is "other residential settings").
 * - `threeOrMorePlacements`: of children looked after at 31 March, those with three or more placements during
 *   the year.
 * - `threeOrMorePlacementsInTwoYears`: of children looked after at 31 March whose period of care began at least
 *   2 years earlier, those with three or more placements in those 2 years (DfE's newer stability measure).
 * - `longTermStability`: of children under 16 at 31 March looked after continuously for at least 2.5 years,
 *   those living with the same carer for at least 2 years (a same-carer change, RNE T or U, does not restart
 *   the clock), or placed for adoption where the adoptive placement and the placement before it together
 *   last 2 years or more.
 * - `distanceLocality`: DfE's bands (inside/outside the authority × 20 miles or less / over 20 miles, and not
 *   known) for children at 31 March and for placements starting in the year; `localityAt31March`, inside or
 *   outside the authority whether or not the distance is known (DfE's placement-by-locality table);
 *   `approximate` says whether the distances come from postcode-sector centroids.
 * - `under16OtherArrangements`: children under 16 at 31 March in H5, P2, K3, Z1 or Z11–Z14.
 * - `uasc`: unaccompanied asylum-seeking children at 31 March (UASC status not ceased by then) and starting;
 *   `recorded` is false when the dataset's `coverage` has no UASC table (a return sent without one), so the
 *   0 there is "not known". A dataset without `coverage` is taken at its word: each child's `uasc` is as given.
 *
 * Episodes whose child is missing from `children` are left out and reported as one issue. Figures asked for a
 * year the episodes do not reach (their latest DECOM or DEC is before it began: an earlier year's return read
 * for a later year) are `incomplete`, with the reason and an `indicators.year-not-reached` error, since an
 * episode open when the return was made would count the child as still looked after; with fewer than
 * `YEAR_NOT_REACHED_CHILDREN` (20) children, a year without a start or an end can happen, so the issue is a
 * warning and the figures stand.
 *
 * @example
 * const { value } = computeIndicators(dataset, { collectionYear: '2024-25', childPopulation: 180_000 });
 * value.claAt31March.total; value.longTermStability.percentage;
 */
export function computeIndicators(
  dataset: SufficiencyDataset,
  options: ComputeIndicatorsOptions,
): Result<SufficiencyIndicators> {
  const { start, end } = collectionYearBounds(options.collectionYear);
  const index = indexDataset(dataset);
  const located = { sector: false };
  const facts = createPlaceFacts(
    index,
    options.locator,
    options.responsibleAuthority ?? dataset.responsibleAuthority,
    located,
  );
  const continuousSince = isoMonthsBefore(end, 30);
  const placedSince = isoMonthsBefore(end, 24);
  // The two years before 31 March: from the day after the same date two years earlier.
  const twoYearsFrom = dayAfter(placedSince);
  const cla = emptyChildCount();
  const started = emptyChildCount();
  const ceased = emptyChildCount();
  const mix = emptyMix();
  const atEnd = emptyDistanceLocality();
  const newPlacements = emptyDistanceLocality();
  const locality = { inside: 0, outside: 0, notKnown: 0 };
  const under16: Record<string, number> = {};
  let threePlus = 0;
  let twoYearOf = 0;
  let twoYearThreePlus = 0;
  let stableOf = 0;
  let stable = 0;
  let unknownChildren = 0;

  // The child table directly: no lookup by id per child, and the child's placements to hand.
  const table = childTableOf(dataset);
  groupPlacements(dataset); // groups the placements into the table
  // Each child's periods of care, written over child by child: `deriveChildCare` finds the same periods as
  // `derivePeriodsOfCare` (a property test holds them equal) without an object per period.
  const care = createChildCare();
  for (const ordinal of groupEpisodes(dataset).order) {
    const child = table.children[ordinal];
    const episodes = table.episodes[ordinal] as Episode[];
    if (!child) {
      unknownChildren += 1;
      continue;
    }
    if (!touchesYear(episodes, start, end)) continue;
    walkPeriods(episodes, care);
    const placements = table.placements[ordinal] ?? NO_PLACEMENTS;
    const { periods, periodStarts, periodEnds } = care;
    for (let k = 0; k < periods; k++) {
      const begun = periodStarts[k] as string;
      if (begun >= start && begun <= end) {
        count(started, child, begun);
        break;
      }
    }
    for (let k = periods - 1; k >= 0; k--) {
      const e = periodEnds[k];
      if (e !== undefined && e >= start && e <= end) {
        count(ceased, child, e);
        break;
      }
    }
    for (const p of placements) {
      if (p.start < start || p.start > end) continue;
      const band = distanceLocalityBandOf(options.locator ? facts(p, child) : p);
      newPlacements[band] += 1;
      newPlacements.total += 1;
    }

    const open = lastOpen(care, end);
    if (open < 0) continue;
    const currentStart = periodStarts[open] as string;
    const usual = usualEpisode(episodes, currentStart, end);
    if (!usual) continue;
    const age = ageAt(child.dateOfBirth, end);
    countAged(cla, child, end, age);
    bump(mix.byPlaceCode, usual.placementType);
    mix.byCategory[categoryOf(usual.placementType, usual.placementProvider)] += 1;
    mix.byDfeGrouping[dfeGroupingOf(usual.placementType)] += 1;
    if (age < 16 && OTHER_ARRANGEMENTS.has(usual.placementType)) bump(under16, usual.placementType);

    let inYear = 0;
    let inTwoYears = 0;
    // The placement at 31 March in the current period, and the one before it in the period.
    let placed: Placement | undefined;
    let before: Placement | undefined;
    let previous: Placement | undefined;
    for (const p of placements) {
      if (overlaps(p, start, end)) inYear += 1;
      if (overlaps(p, twoYearsFrom, end)) inTwoYears += 1;
      if (p.start < currentStart || p.start > end) continue;
      if (isOpenAt(p, end)) {
        placed = p;
        before = previous;
      }
      previous = p;
    }
    if (inYear >= 3) threePlus += 1;
    if (currentStart <= placedSince) {
      twoYearOf += 1;
      if (inTwoYears >= 3) twoYearThreePlus += 1;
    }
    const where = options.locator ? facts(usual, child) : (placed ?? NO_FACTS);
    const band = distanceLocalityBandOf(where);
    atEnd[band] += 1;
    atEnd.total += 1;
    if (where.locality === 'IN') locality.inside += 1;
    else if (where.locality === 'OUT') locality.outside += 1;
    else locality.notKnown += 1;
    if (age < 16 && currentStart <= continuousSince) {
      stableOf += 1;
      if (placed && isLongTermStable(placed, before, placedSince)) stable += 1;
    }
  }
  const issues: Issue[] = [];
  if (unknownChildren > 0) {
    issues.push({
      code: 'indicators.episodes.unknown-child',
      severity: 'warning',
      message: `Episodes of ${unknownChildren} CHILD identifier(s) have no Header row and were left out of the indicators.`,
      location: { table: 'Episodes', column: 'CHILD' },
    });
  }
  if (table.repeated > 0) {
    issues.push({
      code: 'indicators.child.duplicate',
      severity: 'warning',
      message: `${table.repeated} Header row(s) repeat an earlier row's CHILD; the indicators use the first row of each child.`,
      location: { table: 'Header', column: 'CHILD' },
    });
  }
  const population = options.childPopulation;
  if (population !== undefined && population > 0) {
    for (const c of [cla, started, ceased]) c.ratePer10000 = Math.round((c.total / population) * 10_000);
  }
  const under16Total = Object.values(under16).reduce((a, b) => a + b, 0);
  let coverage = coverageFieldsOf(dataset);
  const notReaching = yearNotReached(dataset, options.collectionYear);
  if (notReaching !== undefined) {
    const reached = notReached(coverage, options.collectionYear, notReaching);
    coverage = reached.fields;
    issues.push(reached.issue);
  }
  return {
    value: {
      collectionYear: options.collectionYear,
      period: { start, end },
      claAt31March: cla,
      startedDuringYear: started,
      ceasedDuringYear: ceased,
      placementMixAt31March: { ...mix, byPlaceCode: sortKeys(mix.byPlaceCode) },
      threeOrMorePlacements: proportion(threePlus, cla.total),
      threeOrMorePlacementsInTwoYears: proportion(twoYearThreePlus, twoYearOf),
      longTermStability: proportion(stable, stableOf),
      distanceLocality: {
        at31March: atEnd,
        placementsStartedInYear: newPlacements,
        localityAt31March: locality,
        approximate: options.distancesApproximate ?? (options.locator ? located.sector : true),
      },
      under16OtherArrangements: { total: under16Total, byPlaceCode: sortKeys(under16) },
      uasc: {
        at31March: cla.byUasc.uasc,
        startedDuringYear: started.byUasc.uasc,
        recorded: dataset.coverage === undefined || dataset.coverage.tables.UASC !== undefined,
      },
      ...coverage,
    },
    issues,
  };
}

/**
 * Walks a child's episodes (by DECOM, as the child table keeps them) into `care`'s periods, leaving out short
 * breaks as `derivePeriodsOfCare` does: the child's own list when it has none, as nearly every child has not.
 */
function walkPeriods(episodes: readonly Episode[], care: ChildCare): void {
  let kept = episodes;
  for (const e of episodes) {
    if (isShortBreak(e)) {
      kept = episodes.filter((x) => !isShortBreak(x));
      break;
    }
  }
  deriveChildCare(kept, 0, kept.length, care);
}

/** The index of the last of `care`'s periods open at the end of `date` (`isOpenAt`), or -1. */
function lastOpen(care: ChildCare, date: string): number {
  for (let k = care.periods - 1; k >= 0; k--)
    if (isOpenAt({ start: care.periodStarts[k] as string, end: care.periodEnds[k] }, date)) return k;
  return -1;
}

/**
 * DfE long-term stability for a child in `placed` at 31 March: with the same carer since `placedSince` or
 * earlier, or placed for adoption with the adoptive and the previous placement (`before`, which it follows
 * without a gap) beginning that early.
 */
function isLongTermStable(placed: Placement, before: Placement | undefined, placedSince: string): boolean {
  if (carerSince(placed) <= placedSince) return true;
  return (
    ADOPTION.has(placed.placementType) &&
    before !== undefined &&
    before.end === placed.start &&
    carerSince(before) <= placedSince
  );
}

function dayAfter(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

import type { Child, CollectionYear, Episode, Issue, PostcodeLocator, Result } from '@placewise/model';
import { categoryOf, collectionYearBounds, dfeGroupingOf } from '@placewise/model';
import { subMonths } from 'date-fns';
import type { SufficiencyDataset } from '../dataset.js';
import { indexDataset } from '../dataset-index.js';
import { ageAt } from '../internal/birthday.js';
import { CareHistoryBuffer } from '../internal/care-history.js';
import { bump, emptyChildCount, emptyMix, proportion, sortKeys } from '../internal/counters.js';
import { childTableOf, scanEpisodes, scanPlacements } from '../internal/dataset-scan.js';
import { createPlaceFacts } from '../internal/place-facts.js';
import { placementIn } from '../internal/placement-of.js';
import { dfeAgeBandOf } from './age-band.js';
import { coverageFieldsOf } from './coverage-of-dataset.js';
import { distanceLocalityBandOf, emptyDistanceLocality } from './distance-locality.js';
import type { ChildCount, SufficiencyIndicators } from './sufficiency-indicators.js';

/** Options for {@link computeIndicators}. */
export interface ComputeIndicatorsOptions {
  collectionYear: CollectionYear;
  /** Children aged under 18 living in the authority (ONS mid-year estimate), for rates per 10,000. */
  childPopulation?: number;
  /** Locates HOME_POST and PL_POST; without one, distance and locality come from the derived placements. */
  locator?: PostcodeLocator;
  /** Defaults to the dataset's `responsibleAuthority`. */
  responsibleAuthority?: string;
}

const NO_FACTS = Object.freeze({});

const OTHER_ARRANGEMENTS = new Set(['H5', 'P2', 'K3', 'Z1', 'Z11', 'Z12', 'Z13', 'Z14']);

function isoMonthsBefore(date: string, months: number): string {
  const d = subMonths(new Date(`${date}T12:00:00Z`), months);
  return d.toISOString().slice(0, 10);
}

/** Whether any episode overlaps the year: a child whose care ended earlier or began later adds to no figure. */
function touchesYear(episodes: readonly Episode[], start: string, end: string): boolean {
  for (const e of episodes) if (e.start <= end && (e.end === undefined || e.end >= start)) return true;
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
 * DfE's "Children looked after in England including adoptions" methodology:
 *
 * - `claAt31March`: children with an episode open at the end of 31 March. An episode whose DEC is 31 March has
 *   ceased, so that child is not counted (unless another episode begins that day). Children looked after
 *   only under an agreed series of short breaks (legal status V3/V4) are excluded throughout, as DfE does.
 * - `startedDuringYear` / `ceasedDuringYear`: children starting (ceasing) a period of care in the year, each
 *   child counted once (DfE counts the first start and the last ceasing). Ages are at that date.
 * - `placementMixAt31March`: the PLACE of each child's episode open at 31 March, also by placement category and
 *   DfE grouping.
 * - `threeOrMorePlacements`: of children looked after at 31 March, those with three or more placements during
 *   the year (placements as DfE counts them: legal-status-only changes and temporary T0–T4 moves do not count).
 * - `longTermStability`: of children under 16 at 31 March looked after continuously for at least 2.5 years
 *   (their period of care began on or before the date 30 months earlier, with no day out of care), those
 *   living in the same placement for at least 2 years (placed on or before the date 24 months earlier; an
 *   adoptive placement with their foster carers counts with the foster placement).
 * - `distanceLocality`: DfE's inside/outside × ≤/>20 miles bands for children at 31 March and for placements
 *   starting in the year.
 * - `under16OtherArrangements`: children under 16 at 31 March in H5, P2, K3, Z1 or Z11–Z14.
 * - `uasc`: unaccompanied asylum-seeking children at 31 March (UASC status not ceased by then) and starting.
 *
 * Episodes whose child is missing from `children` are left out and reported as one issue.
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
  const facts = createPlaceFacts(
    index,
    options.locator,
    options.responsibleAuthority ?? dataset.responsibleAuthority,
  );
  // Without a locator an episode's facts are its derived placement's, found in the child's own list.
  const derived = options.locator ? undefined : scanPlacements(dataset);
  const continuousSince = isoMonthsBefore(end, 30);
  const placedSince = isoMonthsBefore(end, 24);
  const cla = emptyChildCount();
  const started = emptyChildCount();
  const ceased = emptyChildCount();
  const mix = emptyMix();
  const atEnd = emptyDistanceLocality();
  const newPlacements = emptyDistanceLocality();
  const under16: Record<string, number> = {};
  let threePlus = 0;
  let stableOf = 0;
  let stable = 0;
  let unknownChildren = 0;

  // The child table directly: no lookup by id per child, and the child's placements to hand.
  const table = childTableOf(dataset);
  const history = new CareHistoryBuffer();
  for (const ordinal of scanEpisodes(dataset).order) {
    const child = table.children[ordinal];
    const episodes = table.episodes[ordinal] as Episode[];
    if (!child) {
      unknownChildren += 1;
      continue;
    }
    if (!touchesYear(episodes, start, end)) continue;
    history.fill(episodes);
    const { periodStart, periodEnd, placementStart, placementEnd, placementFirst } = history;
    const periodCount = history.periods;
    const placementCount = history.placements;
    for (let k = 0; k < periodCount; k++) {
      const s = periodStart[k] as string;
      if (s >= start && s <= end) {
        count(started, child, s);
        break;
      }
    }
    for (let k = periodCount - 1; k >= 0; k--) {
      const e = periodEnd[k];
      if (e !== undefined && e >= start && e <= end) {
        if (e) count(ceased, child, e);
        break;
      }
    }
    for (let k = 0; k < placementCount; k++) {
      const s = placementStart[k] as string;
      if (s < start || s > end) continue;
      const first = placementFirst[k] as Episode;
      const band = distanceLocalityBandOf(
        derived ? (placementIn(table.placements[ordinal], first) ?? NO_FACTS) : facts(first),
      );
      newPlacements[band] += 1;
      newPlacements.total += 1;
    }

    let current = periodCount - 1;
    for (; current >= 0; current--) {
      const e = periodEnd[current];
      if ((periodStart[current] as string) <= end && (e === undefined || e > end)) break;
    }
    if (current < 0) continue;
    let open: Episode | undefined;
    for (
      let j = (history.periodLast[current] as number) - 1;
      j >= (history.periodFirst[current] as number);
      j--
    ) {
      const e = history.kept[j] as Episode;
      if (e.start <= end) {
        open = e;
        break;
      }
    }
    if (!open) continue;
    const age = ageAt(child.dateOfBirth, end);
    countAged(cla, child, end, age);
    bump(mix.byPlaceCode, open.placementType);
    mix.byCategory[categoryOf(open.placementType, open.placementProvider)] += 1;
    mix.byDfeGrouping[dfeGroupingOf(open.placementType)] += 1;
    if (age < 16 && OTHER_ARRANGEMENTS.has(open.placementType)) bump(under16, open.placementType);

    let inYear = 0;
    for (let k = 0; k < placementCount; k++) {
      const e = placementEnd[k];
      if ((placementStart[k] as string) <= end && (e === undefined || e >= start)) inYear += 1;
    }
    if (inYear >= 3) threePlus += 1;
    const currentStart = periodStart[current] as string;
    let currentPlacement = placementCount - 1;
    for (; currentPlacement >= 0; currentPlacement--) {
      const s = placementStart[currentPlacement] as string;
      if (s >= currentStart && s <= end) break;
    }
    const first = currentPlacement >= 0 ? (placementFirst[currentPlacement] as Episode) : open;
    const band = distanceLocalityBandOf(
      derived ? (placementIn(table.placements[ordinal], first) ?? NO_FACTS) : facts(first),
    );
    atEnd[band] += 1;
    atEnd.total += 1;
    if (age < 16 && currentStart <= continuousSince) {
      stableOf += 1;
      if (currentPlacement >= 0 && (placementStart[currentPlacement] as string) <= placedSince) stable += 1;
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
  const population = options.childPopulation;
  if (population !== undefined && population > 0) {
    for (const c of [cla, started, ceased]) c.ratePer10000 = Math.round((c.total / population) * 10_000);
  }
  const under16Total = Object.values(under16).reduce((a, b) => a + b, 0);
  return {
    value: {
      collectionYear: options.collectionYear,
      period: { start, end },
      claAt31March: cla,
      startedDuringYear: started,
      ceasedDuringYear: ceased,
      placementMixAt31March: { ...mix, byPlaceCode: sortKeys(mix.byPlaceCode) },
      threeOrMorePlacements: proportion(threePlus, cla.total),
      longTermStability: proportion(stable, stableOf),
      distanceLocality: { at31March: atEnd, placementsStartedInYear: newPlacements },
      under16OtherArrangements: { total: under16Total, byPlaceCode: sortKeys(under16) },
      uasc: { at31March: cla.byUasc.uasc, startedDuringYear: started.byUasc.uasc },
      ...coverageFieldsOf(dataset),
    },
    issues,
  };
}

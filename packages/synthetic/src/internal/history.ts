import { type Child, type Episode, upnCheckLetter } from '@placewise/model';
import type { Random } from '../random.js';
import { ageAt } from './age.js';
import { type Area, pickSector, postcodeIn } from './area.js';
import { birthday, type Day, isoOf } from './day.js';
import { ENTRY_AGE, ETHNICITY, MOVE_REASON, NEED, UASC_ETHNICITY, UASC_SHARE } from './mix.js';
import {
  type ChoiceContext,
  chooseAdoptivePlacement,
  choosePlacement,
  type PlannedPlacement,
} from './placement-choice.js';
import type { SettingPool } from './settings-pool.js';

/** A run of episodes in one placement, as DfE counts placements. */
export interface PlacementRun {
  start: Day;
  end?: Day;
  placement: PlannedPlacement;
  episodeCount: number;
}

/** One child's generated history. */
export interface ChildHistory {
  child: Child;
  episodes: Episode[];
  runs: PlacementRun[];
  homeSector?: string;
  homePostcode?: string;
}

/** What every child's simulation shares. */
export interface HistoryContext {
  area: Area;
  pool: SettingPool;
  windowStart: Day;
  /** Last day of the history (31 March of the last collection year). */
  windowEnd: Day;
  k3From: Day;
}

interface LegalChange {
  at: Day;
  to: string;
}

function initialLegalStatus(age: number, uasc: boolean, r: Random): string {
  if (uasc) return 'V2';
  if (age >= 10 && r.chance(0.03)) return 'J1';
  if (age >= 16)
    return r.weighted([
      ['V2', 0.6],
      ['C1', 0.35],
      ['L1', 0.05],
    ]);
  return r.weighted([
    ['C1', 0.5],
    ['V2', 0.35],
    ['L2', 0.1],
    ['L1', 0.05],
  ]);
}

function nextLegalChange(
  ls: string,
  day: Day,
  age: number,
  uasc: boolean,
  r: Random,
): LegalChange | undefined {
  switch (ls) {
    case 'L1':
      return { at: day + r.int(1, 3), to: r.chance(0.5) ? 'C1' : 'V2' };
    case 'L2':
      return { at: day + r.int(2, 8), to: 'C1' };
    case 'C1':
      return { at: day + 60 + Math.round(r.exponential(150)), to: 'C2' };
    case 'C2':
      return age < 5 && r.chance(0.6)
        ? { at: day + 90 + Math.round(r.exponential(200)), to: 'E1' }
        : undefined;
    case 'V2':
      return !uasc && r.chance(0.15)
        ? { at: day + 30 + Math.round(r.exponential(150)), to: 'C1' }
        : undefined;
    case 'J1':
      return { at: day + 10 + Math.round(r.exponential(40)), to: 'V2' };
    default:
      return undefined;
  }
}

function careLength(age: number, uasc: boolean, r: Random): number {
  if ((uasc || age >= 16) && r.chance(0.7)) return Number.POSITIVE_INFINITY; // until 18
  if (r.chance(0.3)) return 1 + Math.round(r.exponential(50));
  return 30 + Math.round(r.exponential(2000));
}

function exitReason(
  p: PlannedPlacement,
  ls: string,
  at18: boolean,
  age: number,
  stayed: number,
  r: Random,
): string {
  if (p.type === 'A6') return r.chance(0.6) ? 'E11' : 'E12';
  if (at18) {
    if (p.type.startsWith('U'))
      return r.weighted([
        ['E17', 0.4],
        ['E5', 0.3],
        ['E6', 0.1],
        ['E8', 0.2],
      ]);
    return r.weighted([
      ['E5', 0.55],
      ['E6', 0.15],
      ['E8', 0.3],
    ]);
  }
  if (ls === 'J1') return r.chance(0.7) ? 'E14' : 'E8';
  if (age >= 16 && (p.type === 'K3' || p.type === 'H5'))
    return r.weighted([
      ['E5', 0.4],
      ['E4A', 0.3],
      ['E8', 0.3],
    ]);
  if (stayed > 365 && (p.type === 'U1' || p.type === 'U3'))
    return r.weighted([
      ['E45', 0.4],
      ['E41', 0.2],
      ['E4A', 0.3],
      ['E8', 0.1],
    ]);
  if (stayed > 365 && (p.type === 'U4' || p.type === 'U6'))
    return r.weighted([
      ['E46', 0.15],
      ['E4A', 0.5],
      ['E48', 0.05],
      ['E8', 0.2],
      ['E13', 0.1],
    ]);
  return r.weighted([
    ['E4A', 0.55],
    ['E4B', 0.15],
    ['E13', 0.1],
    ['E8', 0.15],
    ['E3', 0.05],
  ]);
}

/** Same carer, new placement type: short-term foster care becoming long-term, or H5 recorded as K3. */
function statusChange(
  p: PlannedPlacement,
  day: Day,
  started: Day,
  k3From: Day,
  r: Random,
): PlannedPlacement | undefined {
  if (p.type === 'H5' && day === k3From)
    return { ...p, type: 'K3', plannedEnd: day + 1 + Math.round(r.exponential(200)) };
  const longTerm = p.type === 'U6' ? 'U4' : p.type === 'U3' ? 'U1' : undefined;
  if (longTerm && day - started >= 90 && r.chance(0.9)) {
    return { ...p, type: longTerm, plannedEnd: day + 1 + Math.round(r.exponential(2000)) };
  }
  return undefined;
}

/** Days of the longest possible stay (entry at birth, leaving at 18): entries earlier than this cannot reach the window. */
const LONGEST_STAY = 18 * 366;

/**
 * Draws a child in care at some point in the window, from a steady flow of entries: entry uniform over the
 * 18 years before the window and the window itself, kept only if the child is still in care on the
 * window's first day. So the number looked after is stationary through the window (no growth that is an
 * artefact of the draw), long stays that began years earlier are there, and starts within the window
 * keep the national age mix (every in-window entry is kept).
 */
function drawChild(id: string, ctx: HistoryContext, r: Random) {
  const uasc = r.chance(UASC_SHARE);
  for (let attempt = 0; ; attempt++) {
    // In-window entries are always kept, so this ends; the bound only guards against a pathological window.
    const earliest = attempt < 1000 ? ctx.windowStart - LONGEST_STAY : ctx.windowStart;
    const entry = r.int(earliest, ctx.windowEnd);
    const [min, max] = uasc ? [14, 17] : r.weighted(ENTRY_AGE);
    const age = r.int(min, max);
    const dob = entry - age * 365 - Math.floor(age / 4) - r.int(0, 364);
    const at18 = birthday(dob, 18);
    if (at18 <= entry) continue;
    const end = Math.min(entry + careLength(age, uasc, r), at18);
    if (end < ctx.windowStart) continue;
    return { id, uasc, entry, dob, at18, end };
  }
}

/**
 * Simulates one child's time in care as a sequence of SSDA903 episodes: entry (RNE S), legal status
 * changes (L), moves to new carers (P, or B with a legal change), same-carer changes of placement type
 * (T/U), and leaving care with a reason that fits the child's age and placement. The meanings of RNE T/U/B
 * and of most REC codes are tagged [R] (recalled, unconfirmed) in the domain brief §1.4; the rules kept
 * here are those the DfE validator enforces (E5/E6 not under 14, E17 only at 18, E45/E46 from U1–U6,
 * P1 not under V2, K3/H5 from 16). The child is drawn from a steady flow into care (see `drawChild`);
 * only the episodes and placements open on or after the window's first day are kept — what the window's
 * returns hold — so a child in care since before the window starts with the episode open then, not RNE S.
 */
export function simulateChild(id: string, ctx: HistoryContext, r: Random): ChildHistory {
  for (;;) {
    const history = simulateOnce(id, ctx, r);
    // Adoption can end a stay sooner than drawn, before the window: such a child is not one of the window's.
    if (history.episodes.length > 0) return history;
  }
}

/** A UPN with a correct check letter (the letter's draw is kept so every other draw stays as it was). */
function upnOf(r: Random): string {
  r.int(0, 22);
  const body = `${String(r.int(100000, 999999))}${String(r.int(100000, 999999))}`;
  return `${upnCheckLetter(body) ?? 'A'}${body}`;
}

function simulateOnce(id: string, ctx: HistoryContext, r: Random): ChildHistory {
  const drawn = drawChild(id, ctx, r);
  const { uasc, entry, dob, at18 } = drawn;
  let careEnd = drawn.end;
  const female = uasc ? r.chance(0.07) : r.chance(0.45);
  const ageAtEntry = ageAt(dob, entry);
  const homeSector = uasc ? undefined : pickSector(ctx.area.home, r);
  const homePostcode = homeSector ? postcodeIn(homeSector, r) : undefined;
  const child: Child = {
    id,
    sex: female ? 'female' : 'male',
    dateOfBirth: isoOf(dob),
    ethnicity: r.weighted(uasc ? UASC_ETHNICITY : ETHNICITY),
    upn: ageAt(dob, Math.max(entry, ctx.windowStart)) < 4 ? 'UN1' : uasc ? 'UN2' : upnOf(r),
    uasc,
    ...(uasc && at18 <= ctx.windowEnd ? { uascCeased: isoOf(at18) } : {}),
  };
  if (female && !uasc && ageAt(dob, ctx.windowEnd) >= 14) {
    if (r.chance(0.03)) {
      child.mother = true;
      child.motherChildDateOfBirth = isoOf(ctx.windowEnd - r.int(30, 700));
    } else child.mother = false;
  }

  const need = uasc ? 'N8' : r.weighted(NEED);
  const choice = (day: Day, ls: string): ChoiceContext => ({
    age: ageAt(dob, day),
    legalStatus: ls,
    uasc,
    day,
    k3From: ctx.k3From,
    homePostcode,
    homePoint: homeSector?.point,
    pool: ctx.pool,
    area: ctx.area,
  });
  let ls = initialLegalStatus(ageAtEntry, uasc, r);
  let legal = nextLegalChange(ls, entry, ageAtEntry, uasc, r);
  let placement = choosePlacement(choice(entry, ls), r);
  // A first placement is often an emergency one that ends sooner (moves soon after entry are common).
  if (r.chance(0.8)) placement.plannedEnd = entry + 1 + Math.round((placement.plannedEnd - entry) / 4);
  let adoptionPending = false;
  let rne = 'S';
  let start = entry;
  let runStart = entry;
  const episodes: Episode[] = [];
  const runs: PlacementRun[] = [];
  let run: PlacementRun = { start: entry, placement, episodeCount: 0 };

  const episode = (end: Day | undefined, rec?: string, reasonPlaceChange?: string): void => {
    run.episodeCount++;
    // Only what the window's returns hold: an episode over before the window is not recorded (nor built).
    if (end !== undefined && end < ctx.windowStart) return;
    // Built by assignment rather than spreads: this runs half a million times in the national preset.
    const e: Episode = {
      childId: id,
      start: isoOf(start),
      reasonNewEpisode: rne,
      legalStatus: ls,
      categoryOfNeed: need,
      placementType: placement.type,
    };
    if (end !== undefined) e.end = isoOf(end);
    if (placement.provider) e.placementProvider = placement.provider;
    if (rec) e.reasonEpisodeCeased = rec;
    if (reasonPlaceChange) e.reasonPlaceChange = reasonPlaceChange;
    if (homePostcode) e.homePostcode = homePostcode;
    if (placement.postcode) e.placementPostcode = placement.postcode;
    if (placement.urn) e.urn = placement.urn;
    episodes.push(e);
  };

  for (;;) {
    const tLegal = legal?.at ?? Number.POSITIVE_INFINITY;
    const t = Math.min(careEnd, placement.plannedEnd, tLegal);
    if (t > ctx.windowEnd) {
      episode(undefined);
      runs.push(run);
      break;
    }
    if (t === careEnd) {
      episode(t, exitReason(placement, ls, t === at18, ageAt(dob, t), t - runStart, r));
      run.end = t;
      runs.push(run);
      break;
    }
    const legalChange = t === tLegal;
    const move = t === placement.plannedEnd;
    let next = placement;
    let sameCarer = false;
    let reason: string | undefined;
    if (move) {
      const changed = adoptionPending ? undefined : statusChange(placement, t, runStart, ctx.k3From, r);
      if (changed) {
        next = changed;
        sameCarer = true;
        reason = 'PLACE';
      } else if (adoptionPending) {
        careEnd = Math.min(careEnd, t + r.int(270, 540));
        next = chooseAdoptivePlacement(choice(t, ls), r, careEnd);
        adoptionPending = false;
        reason = 'CARPL';
      } else {
        next = choosePlacement(choice(t, legal && legalChange ? legal.to : ls), r);
        reason = r.weighted(MOVE_REASON);
      }
    }
    episode(t, 'X1', reason);
    start = t;
    if (legalChange && legal) {
      ls = legal.to;
      if (ls === 'E1') {
        adoptionPending = true;
        placement.plannedEnd = Math.min(placement.plannedEnd, t + 14 + Math.round(r.exponential(120)));
      }
      legal = nextLegalChange(ls, t, ageAt(dob, t), uasc, r);
    }
    if (move) {
      run.end = t;
      runs.push(run);
      placement = next;
      runStart = t;
      run = { start: t, placement, episodeCount: 0 };
      rne = legalChange ? (sameCarer ? 'U' : 'B') : sameCarer ? 'T' : 'P';
    } else rne = 'L';
    // P1 cannot continue under a legal status that does not allow it (s20 accommodation).
    if (!move && placement.type === 'P1' && !['C1', 'C2', 'E1'].includes(ls)) placement.plannedEnd = t + 1;
  }
  return {
    child,
    episodes,
    // Placements as the window's returns show them: those open on or after its first day.
    runs: runs.filter((run) => run.end === undefined || run.end >= ctx.windowStart),
    ...(homeSector ? { homeSector: homeSector.sector } : {}),
    ...(homePostcode ? { homePostcode } : {}),
  };
}

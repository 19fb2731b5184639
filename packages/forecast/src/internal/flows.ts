import type { Issue } from '@placewise/model';
import type { LongitudinalHistory } from '../merge-returns.js';
import type { AgeBand } from '../states.js';
import { birthdayDays } from './day.js';
import { type GroupPiecesOptions, type PieceList, walkPieces } from './pieces.js';
import { createPacker, type PackedFlows, type Packer } from './sum-flows.js';

export interface CollectFlowsOptions extends GroupPiecesOptions {
  from: number;
  to: number;
  ageBands: readonly AgeBand[];
  categoryCount: number;
}

export interface CollectedFlows {
  /**
   * Each child's contributions to a flow model inside the window (the unit the bootstrap resamples),
   * packed for summing; a child with none is left out.
   */
  packed: PackedFlows;
  /** Children in care on `to`, by state. */
  stock: Float64Array;
  issues: Issue[];
}

/**
 * Walks each child's episodes through time, splitting care at band birthdays, and records exposure
 * and events inside [from, to]. Half-open days: an episode from DECOM to DEC counts the days
 * DECOM … DEC−1, and its end is an event on day DEC.
 */
export function collectFlows(history: LongitudinalHistory, options: CollectFlowsOptions): CollectedFlows {
  const stock = new Float64Array(options.ageBands.length * options.categoryCount);
  const packer = createPacker(options.ageBands.length * options.categoryCount);
  const ages = options.ageBands.map((band) => band.minAge);
  const boundaries = new Array<number>(ages.length).fill(0);
  // The window and sizes go to each child's walk as numbers, not in the options object: an object made anew
  // for each authority could come with another hidden class, which cost the walk's optimised code a
  // deoptimisation and a fresh compile for each new one.
  const { from, to, categoryCount } = options;
  const issues = walkPieces(history, options, (dateOfBirth, pieces) => {
    birthdayDays(dateOfBirth, ages, boundaries);
    walkChild(pieces, from, to, categoryCount, stock, packer, boundaries);
    packer.endChild();
  });
  return { packed: packer.finish(), stock, issues };
}

/**
 * Records one child's flows into `packer` as slots (see `PackedFlows`): exposure days of each state,
 * transitions from·n + to, leaves and entries. `boundaries`: the days the child enters each band.
 */
function walkChild(
  pieces: PieceList,
  from: number,
  to: number,
  categoryCount: number,
  stock: Float64Array,
  packer: Packer,
  boundaries: number[],
): void {
  const { starts, ends, categories, startsPeriod } = pieces;
  const n = boundaries.length * categoryCount;
  const transition = n;
  const leave = n + n * n;
  const entry = 2 * n + n * n;
  let state = -1;
  for (let i = 0; i < pieces.count; i++) {
    const pieceStart = starts[i] as number;
    // +Infinity while open.
    const stop = ends[i] as number;
    const category = categories[i] as number;
    const startState = bandAt(boundaries, pieceStart) * categoryCount + category;
    const startsInWindow = pieceStart >= from && pieceStart <= to;
    if (startsPeriod[i] === 1) {
      if (startsInWindow) packer.add(entry + startState, 1);
    } else if (startState !== state) {
      if (startsInWindow) packer.add(transition + state * n + startState, 1);
    }
    state = startState;
    let t = pieceStart;
    const horizon = Math.min(stop, to + 1);
    let band = bandAt(boundaries, t);
    while (band + 1 < boundaries.length && (boundaries[band + 1] as number) < horizon) {
      const birthday = boundaries[band + 1] as number;
      if (birthday > t) {
        addExposure(packer, state, t, birthday, from, to);
        const aged = state + categoryCount;
        if (birthday >= from && birthday <= to) packer.add(transition + state * n + aged, 1);
        state = aged;
        t = birthday;
      }
      band += 1;
    }
    addExposure(packer, state, t, horizon, from, to);
    if (pieceStart <= to && to < stop) {
      const at = bandAt(boundaries, to) * categoryCount + category;
      stock[at] = (stock[at] as number) + 1;
    }
    const last = i + 1 === pieces.count || startsPeriod[i + 1] === 1;
    if (last && stop !== Number.POSITIVE_INFINITY) {
      if (stop >= from && stop <= to) packer.add(leave + state, 1);
      state = -1;
    }
  }
}

/** The age band a child is in on `day`, from the days it enters each band. */
function bandAt(boundaries: readonly number[], day: number): number {
  let band = 0;
  for (let i = 1; i < boundaries.length; i++) if ((boundaries[i] as number) <= day) band = i;
  return band;
}

/** Records the days of [a, b) inside the window [from, to] as exposure in `state` (slot `state`). */
function addExposure(packer: Packer, state: number, a: number, b: number, from: number, to: number) {
  const days = Math.min(b, to + 1) - Math.max(a, from);
  if (days > 0) packer.add(state, days);
}

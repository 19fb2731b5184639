import type { Issue } from '@placewise/model';
import type { LongitudinalHistory } from '../merge-returns.js';
import type { AgeBand } from '../states.js';
import { birthdayDay } from './day.js';
import { type ChildPieces, type GroupPiecesOptions, groupPieces, type Piece } from './pieces.js';

/** What one child contributes to a flow model inside the window: the unit the bootstrap resamples. */
export interface ChildFlows {
  /** Pairs of (state index, days). */
  exposure: number[];
  /** Pairs of (from state, to state). */
  transitions: number[];
  leaves: number[];
  entries: number[];
}

export interface CollectFlowsOptions extends GroupPiecesOptions {
  from: number;
  to: number;
  ageBands: readonly AgeBand[];
  categoryCount: number;
}

export interface CollectedFlows {
  flows: ChildFlows[];
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
  const { children, issues } = groupPieces(history, options);
  const stock = new Float64Array(options.ageBands.length * options.categoryCount);
  const flows: ChildFlows[] = [];
  for (const child of children) {
    const walked = walkChild(child, options, stock);
    if (walked) flows.push(walked);
  }
  return { flows, stock, issues };
}

function walkChild(
  { dateOfBirth, pieces }: ChildPieces,
  options: CollectFlowsOptions,
  stock: Float64Array,
): ChildFlows | undefined {
  const { from, to, ageBands, categoryCount } = options;
  const flows: ChildFlows = { exposure: [], transitions: [], leaves: [], entries: [] };
  const boundaries = ageBands.map((band) => birthdayDay(dateOfBirth, band.minAge));
  const inWindow = (day: number) => day >= from && day <= to;
  let state = -1;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as Piece;
    const next = pieces[i + 1];
    const { end } = piece;
    const startState = bandAt(boundaries, piece.start) * categoryCount + piece.category;
    if (piece.startsPeriod) {
      if (inWindow(piece.start)) flows.entries.push(startState);
    } else if (startState !== state) {
      if (inWindow(piece.start)) flows.transitions.push(state, startState);
    }
    state = startState;
    let t = piece.start;
    const stop = end ?? Number.POSITIVE_INFINITY;
    const horizon = Math.min(stop, to + 1);
    let band = bandAt(boundaries, t);
    while (band + 1 < boundaries.length && (boundaries[band + 1] as number) < horizon) {
      const birthday = boundaries[band + 1] as number;
      if (birthday > t) {
        addExposure(flows, state, t, birthday, options);
        const aged = state + categoryCount;
        if (inWindow(birthday)) flows.transitions.push(state, aged);
        state = aged;
        t = birthday;
      }
      band += 1;
    }
    addExposure(flows, state, t, horizon, options);
    if (piece.start <= to && to < stop) {
      const at = bandAt(boundaries, to) * categoryCount + piece.category;
      stock[at] = (stock[at] as number) + 1;
    }
    if ((next === undefined || next.startsPeriod) && end !== undefined) {
      if (inWindow(end)) flows.leaves.push(state);
      state = -1;
    }
  }
  const empty =
    flows.exposure.length + flows.transitions.length + flows.leaves.length + flows.entries.length === 0;
  return empty ? undefined : flows;
}

/** The age band a child is in on `day`, from the days it enters each band. */
function bandAt(boundaries: readonly number[], day: number): number {
  let band = 0;
  for (let i = 1; i < boundaries.length; i++) if ((boundaries[i] as number) <= day) band = i;
  return band;
}

/** Records the days of [a, b) inside the window as exposure in `state`. */
function addExposure(
  flows: ChildFlows,
  state: number,
  a: number,
  b: number,
  window: { from: number; to: number },
) {
  const days = Math.min(b, window.to + 1) - Math.max(a, window.from);
  if (days > 0) flows.exposure.push(state, days);
}

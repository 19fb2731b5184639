import type { FlowModel } from '../src/flow-model-types.js';
import { listStates } from '../src/states.js';

/** The fit window and history size of {@link twoStateModel}; the rates alone drive a projection. */
export interface TwoStateWindow {
  from: string;
  to: string;
  windowDays: number;
  children: number;
}

/**
 * A one-band, two-category model written by hand: entries λ into A only; A steps down to B at rate a or
 * leaves at c; B leaves at b (rates a day), so projections can be checked against the closed-form solution.
 */
export function twoStateModel(
  lambda: number,
  a: number,
  c: number,
  b: number,
  stock: [number, number],
  window: TwoStateWindow,
): FlowModel {
  const ageBands = [{ label: 'all', minAge: 0 }];
  const categories = ['A', 'B'];
  return {
    ...window,
    categories,
    ageBands,
    states: listStates(ageBands, categories),
    exposureDays: [1, 1],
    transitionCounts: [
      [0, 0],
      [0, 0],
    ],
    leaveCounts: [0, 0],
    entryCounts: [0, 0],
    transitionRates: [
      [0, a],
      [0, 0],
    ],
    leaveRates: [c, b],
    entryRates: [lambda, 0],
    stock,
  };
}

import { describe, expect, it } from 'vitest';
import type { AssignmentProblem } from './assignment-problem.js';
import { createLagrangian, runLagrangian } from './lagrangian-bound.js';
import { repairPicks } from './repair-picks.js';

// Two groups of two children, A and B. Vacancy X (3 places) is worth 10 a child to either; Y (2 places) 1.
// Whole groups: only one fits in X, so the best is A→X + B→Y (or B→X + A→Y) = 2 × 10 + 2 × 1 = 22.
// The flow relaxation splits B (one child in X, one in Y) for 2 × 10 + 10 + 1 = 31.
const problem: AssignmentProblem = {
  referrals: 2,
  vacancies: 2,
  demand: Int32Array.of(2, 2),
  split: Uint8Array.of(0, 0),
  bonus: Float64Array.of(0, 0),
  capacity: Int32Array.of(3, 2),
  start: Int32Array.of(0, 2, 4),
  // A: X then Y; B: X then Y (best first).
  vacancy: Int32Array.of(0, 1, 0, 1),
  value: Float64Array.of(10, 1, 10, 1),
  order: Int32Array.of(0, 1),
  scale: 10,
};

describe('the Lagrangian search', () => {
  it('bounds the whole-group optimum far below the flow and finds it', () => {
    const empty = { units: new Int32Array(4), objective: 0 };
    const state = createLagrangian(problem, empty);
    runLagrangian(problem, state, { deadline: Number.POSITIVE_INFINITY, now: () => 0, maxIterations: 200 });
    // Prices μ = 2 each give 2 + 2 + X's knapsack (one group: 20 − 2) + Y's (2 − 2 = 0) = 22, so the bound
    // can reach the optimum; the flow's 31 cannot.
    expect(state.bound).toBeGreaterThanOrEqual(22 - 1e-9);
    expect(state.bound).toBeLessThan(23);
    expect(state.best.objective).toBe(22);
    expect(state.converged).toBe(true);
    expect(Array.from(state.best.units)).toEqual([2, 0, 0, 2]);
  });

  it('does not apply where a group may split', () => {
    const state = createLagrangian(
      { ...problem, split: Uint8Array.of(1, 0) },
      { units: new Int32Array(4), objective: 0 },
    );
    expect(state.applies).toBe(false);
    expect(state.converged).toBe(true);
  });
});

describe('repairPicks', () => {
  it('keeps a group picked twice where it is worth most, then fills with the groups left', () => {
    // A picked by both X (edge 0) and Y (edge 1); B by nobody. A stays in X; B takes Y, its best with room.
    const repaired = repairPicks(problem, Int32Array.of(0, 0, 1, 1), Int32Array.of(1, 0));
    expect(Array.from(repaired.units)).toEqual([2, 0, 0, 2]);
    expect(repaired.objective).toBe(22);
  });
});

import type { DemandAdjustments, DemandProjection, ProjectDemandOptions } from './demand-projection.js';
import type { FlowModel } from './flow-model-types.js';
import { integrate, type Rates } from './internal/integrate.js';
import { assembleProjection, planProjection } from './internal/plan.js';
import type { FlowState } from './states.js';

/**
 * Applies a scenario to a model's rates.
 *
 * @example
 * const rates = adjustRates(model, { entryMultiplier: 0.9 });
 */
export function adjustRates(model: FlowModel, adjustments: DemandAdjustments = {}): Rates {
  const factor = (m: number | Readonly<Record<string, number>> | undefined, category: string) =>
    m === undefined ? 1 : typeof m === 'number' ? m : (m[category] ?? 1);
  const { states } = model;
  return {
    entries: model.entryRates.map(
      (r, i) => r * factor(adjustments.entryMultiplier, (states[i] as FlowState).category),
    ),
    leaves: model.leaveRates.map(
      (r, i) => r * factor(adjustments.leaveMultiplier, (states[i] as FlowState).category),
    ),
    transitions: model.transitionRates.map((row, i) =>
      row.map((r, j) => {
        let m = 1;
        for (const t of adjustments.transitionMultipliers ?? [])
          if (t.from === states[i]?.category && t.to === states[j]?.category) m *= t.multiplier;
        return r * m;
      }),
    ),
  };
}

/**
 * Projects a flow model forward: the expected count in each state on each date, solving the model's
 * linear differential equation exactly over each step (matrix exponential), so constant rates give the
 * closed-form expectation.
 *
 * @example
 * const projection = projectDemand(model, {
 *   horizonDays: 3 * 365,
 *   adjustments: { entryMultiplier: 0.9, transitionMultipliers: [{ from: 'residential', to: 'fostering', multiplier: 1.2 }] },
 * });
 */
export function projectDemand(model: FlowModel, options: ProjectDemandOptions): DemandProjection {
  const plan = planProjection(model, options);
  const values = integrate(adjustRates(model, options.adjustments), plan.initial, plan.steps, plan.stepDays);
  return assembleProjection(model, plan, values);
}

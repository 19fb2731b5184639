import type { DemandProjection, ProjectDemandOptions } from './demand-projection.js';
import type { FlowModel } from './flow-model-types.js';
import { assembleProjection, planProjection } from './internal/plan.js';
import { projectValues } from './internal/project-values.js';

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
  const values = projectValues(model, options.adjustments, plan);
  return assembleProjection(model, plan, values);
}

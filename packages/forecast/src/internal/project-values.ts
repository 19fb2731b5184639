import { adjustRates } from '../adjust-rates.js';
import type { FlowModel } from '../flow-model-types.js';
import type { DemandAdjustments } from '../scenario.js';
import { integrate } from './integrate.js';
import type { ProjectionPlan } from './plan.js';

/**
 * The projected count of every state on every date under a scenario: the exact solution for the adjusted
 * rates, then the scenario's `stateChanges` applied to each projected date (not the observed start).
 */
export function projectValues(
  model: FlowModel,
  adjustments: DemandAdjustments | undefined,
  plan: ProjectionPlan,
): Float64Array {
  const values = integrate(adjustRates(model, adjustments), plan.initial, plan.steps, plan.stepDays);
  const changes = adjustments?.stateChanges ?? [];
  if (changes.length === 0) return values;
  const n = model.states.length;
  for (const change of changes) {
    const i = model.states.findIndex((s) => s.band === change.ageBand && s.category === change.category);
    if (i < 0) continue;
    for (let k = 1; k <= plan.steps; k++) {
      const v = (values[k * n + i] as number) * (change.multiplier ?? 1) + (change.add ?? 0);
      values[k * n + i] = Math.max(0, v);
    }
  }
  return values;
}

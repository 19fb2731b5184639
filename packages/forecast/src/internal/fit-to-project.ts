import type { Issue } from '@placewise/model';
import type { Coverage } from '@placewise/ssda903';
import type { ProjectDemandOptions } from '../demand-projection.js';
import type { BuildFlowModelOptions, FlowModel } from '../flow-model-types.js';
import { ForecastOptionsError } from '../forecast-options-error.js';
import type { LongitudinalHistory } from '../merge-returns.js';
import { checkFit } from './check-fit.js';
import { type ProjectionPlan, planProjection } from './plan.js';
import { fitFlows, type PreparedFlows } from './prepare.js';
import { projectValues } from './project-values.js';

/** The options a bootstrapped forecast takes (`ForecastDemandOptions`). */
export interface FitToProjectOptions extends BuildFlowModelOptions, ProjectDemandOptions {
  samples?: number;
  seed?: number;
  coverage?: Coverage;
}

type Check = { status: 'complete' | 'incomplete'; coverage: Coverage; reason?: string };

/** A fit ready to bootstrap, or the refusal a forecast gives instead (with no value). */
export type FitToProject =
  | {
      projected: {
        prepared: PreparedFlows;
        model: FlowModel;
        plan: ProjectionPlan;
        /** The expected projection's values (`assembleProjection` makes the projection of them). */
        values: Float64Array;
        samples: number;
        seed: number;
        check: Check;
        issues: Issue[];
      };
      refusal?: undefined;
    }
  | { projected?: undefined; refusal: Check & { issues: Issue[] } };

/**
 * What `forecastDemand` and `forecastYearEnds` share before their bootstraps: the options checked, the
 * model fitted to all children (or refused, see `checkFit`) and its expected projection's values, which
 * each assembles as far as it needs (`forecastYearEnds` only the category series, not the whole projection).
 */
export function fitToProject(history: LongitudinalHistory, options: FitToProjectOptions): FitToProject {
  const samples = options.samples ?? 200;
  const seed = options.seed ?? 1;
  if (!(Number.isInteger(samples) && samples >= 1))
    throw new ForecastOptionsError('samples must be a whole number of at least 1.');
  const { prepared, model, issues } = fitFlows(history, options);
  const check = checkFit(history, model, issues, options.coverage);
  if (check.refused) return { refusal: { ...check.result, issues } };
  const plan = planProjection(model, options);
  const values = projectValues(model, options.adjustments, plan);
  return { projected: { prepared, model, plan, values, samples, seed, check: check.result, issues } };
}

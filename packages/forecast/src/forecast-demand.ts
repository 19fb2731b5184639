import type { IsoDate, Issue } from '@placewise/model';
import type { Coverage } from '@placewise/ssda903';
import type { DemandProjection, ProjectDemandOptions } from './demand-projection.js';
import type { BuildFlowModelOptions, FlowModel } from './flow-model-types.js';
import type { SeriesIntervals, YearEndFigure } from './forecast-figures.js';
import { bootstrap, categoryIntervals, intervalsOf } from './internal/bootstrap.js';
import { fitToProject } from './internal/fit-to-project.js';
import { assembleProjection } from './internal/plan.js';
import { yearEndFigures } from './internal/year-end-figures.js';
import { yearEndPoints } from './internal/year-ends.js';
import type { LongitudinalHistory } from './merge-returns.js';

/**
 * Options of {@link forecastDemand}: the fitting window and categories, the projection, and the bootstrap.
 *
 * @example
 * const options: ForecastDemandOptions = { from: '2021-04-01', to: '2024-03-31', horizonDays: 1095, samples: 200, seed: 7 };
 */
export interface ForecastDemandOptions extends BuildFlowModelOptions, ProjectDemandOptions {
  /** Bootstrap samples. Default 200. */
  samples?: number;
  /** Seed of the bootstrap's generator: the same seed gives the same intervals. Default 1. */
  seed?: number;
  /**
   * Rows read and used, when the history does not carry its own (`mergeReturns` sums each return's).
   * Default: the history's `coverage`, else the forecast's own count of the episodes it could use.
   */
  coverage?: Coverage;
}

/**
 * What {@link forecastDemand} gives. `status` is `incomplete` (with a one-line `reason`) when the rows
 * behind the fit fall short of the coverage threshold; and when the fitting window holds fewer than
 * {@link MIN_FIT_CHILDREN} children, or fewer than half the rows read were usable, there is no forecast at all
 * (`value` undefined): a forecast of nothing is never given as a forecast of zeros.
 *
 * @example
 * const result = forecastDemand(history, options);
 * if (!result.value) throw new Error(result.reason);
 */
export interface ForecastDemandResult {
  value: DemandForecast | undefined;
  status: 'complete' | 'incomplete';
  coverage: Coverage;
  reason?: string;
  issues: Issue[];
}

/**
 * A demand forecast: the model fitted to all children, its projection (expected counts), and bootstrap
 * intervals. `sampleChildDays[s][y][c]` holds each sample's child-days per projection year and category,
 * so {@link projectSpend} can carry the intervals through to money.
 *
 * @example
 * const { value: forecast } = forecastDemand(history, { from: '2021-04-01', to: '2024-03-31', horizonDays: 1095 });
 * forecast.intervals.byCategory.residential?.upper95.at(-1);
 */
export interface DemandForecast {
  model: FlowModel;
  projection: DemandProjection;
  intervals: {
    byState: SeriesIntervals[];
    byCategory: Record<string, SeriesIntervals>;
    total: SeriesIntervals;
  };
  /** Expected children in care and intervals on each 31 March the projection reaches. */
  yearEnds: { date: IsoDate; byCategory: Record<string, YearEndFigure>; total: YearEndFigure }[];
  samples: number;
  seed: number;
  sampleChildDays: number[][][];
}

/**
 * Fits a flow model, projects it, and bootstraps over children for 80% and 95% intervals: each sample
 * draws as many children as the history has, with replacement, refits the rates from their histories and
 * reprojects. The starting stock is an observed count and is kept fixed, so the intervals describe the
 * uncertainty of the fitted rates (of the expected count), not the chance variation of one authority's
 * actual count around it.
 *
 * @example
 * const { value: forecast, issues } = forecastDemand(history, {
 *   from: '2021-04-01', to: '2024-03-31', horizonDays: 3 * 365, samples: 200, seed: 42,
 * });
 */
export function forecastDemand(
  history: LongitudinalHistory,
  options: ForecastDemandOptions,
): ForecastDemandResult {
  const fitted = fitToProject(history, options);
  if (!fitted.projected) return { value: undefined, ...fitted.refusal };
  const { prepared, model, plan, values, samples, seed, check, issues } = fitted.projected;
  const projection = assembleProjection(model, plan, values);
  const draws = bootstrap(prepared, model, plan, { samples, seed, adjustments: options.adjustments });
  const n = model.states.length;
  const intervals = {
    byState: model.states.map((_, i) =>
      intervalsOf(draws.states as Float32Array, samples, draws.dates, n, [i]),
    ),
    ...categoryIntervals(draws, samples, model.categories),
  };
  const yearEnds = yearEndFigures(
    model.categories,
    projection,
    intervals,
    yearEndPoints(plan.startDay, plan.steps, plan.stepDays),
  );
  return {
    value: {
      model,
      projection,
      intervals,
      yearEnds,
      samples,
      seed,
      sampleChildDays: draws.sampleChildDays,
    },
    ...check,
    issues,
  };
}

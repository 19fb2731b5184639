import type { IsoDate, Issue } from '@placewise/model';
import type { Coverage } from '@placewise/ssda903';
import type { DemandProjection, ProjectDemandOptions } from './demand-projection.js';
import type { BuildFlowModelOptions, FlowModel } from './flow-model-types.js';
import { ForecastOptionsError } from './forecast-options-error.js';
import { checkFit } from './internal/check-fit.js';
import { assembleProjection, planProjection } from './internal/plan.js';
import { fitFlows, modelFromTotals } from './internal/prepare.js';
import { projectValues } from './internal/project-values.js';
import { quantileSorted } from './internal/quantile.js';
import { createRandom } from './internal/random.js';
import { categorySeries, childDays, yearSlots } from './internal/series.js';
import { sumFlows } from './internal/sum-flows.js';
import { valueAt, yearEndPoints } from './internal/year-ends.js';
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
 * Expected children in care on one 31 March with its 80% and 95% intervals.
 *
 * @example
 * const figure: YearEndFigure = { expected: 402.3, lower80: 390.1, upper80: 414.8, lower95: 383.0, upper95: 421.2 };
 */
export interface YearEndFigure {
  expected: number;
  lower80: number;
  upper80: number;
  lower95: number;
  upper95: number;
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
 * Central 80% and 95% bootstrap intervals of a projected series, date by date.
 *
 * @example
 * const band: SeriesIntervals = { lower95: [10], lower80: [11], upper80: [13], upper95: [14] };
 */
export interface SeriesIntervals {
  lower95: number[];
  lower80: number[];
  upper80: number[];
  upper95: number[];
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
  const samples = options.samples ?? 200;
  const seed = options.seed ?? 1;
  if (!(Number.isInteger(samples) && samples >= 1))
    throw new ForecastOptionsError('samples must be a whole number of at least 1.');
  const { prepared, model, issues } = fitFlows(history, options);
  const check = checkFit(history, model, issues, options.coverage);
  if (check.refused) return { value: undefined, ...check.result, issues };
  const plan = planProjection(model, options);
  const projection = assembleProjection(model, plan, projectValues(model, options.adjustments, plan));
  const { flows } = prepared.collected;
  const n = model.states.length;
  const dates = plan.steps + 1;
  const categories = model.categories.length;
  const slots = yearSlots(plan.startDay, plan.steps, plan.stepDays);
  const stateDraws = new Float32Array(samples * dates * n);
  const categoryDraws = new Float32Array(samples * dates * categories);
  const sampleChildDays: number[][][] = [];
  const random = createRandom(seed);
  const pick = new Uint32Array(flows.length);
  for (let s = 0; s < samples; s++) {
    for (let i = 0; i < pick.length; i++) pick[i] = Math.floor(random() * flows.length);
    const sampled = modelFromTotals(prepared, sumFlows(flows, n, pick));
    const values = projectValues(sampled, options.adjustments, plan);
    stateDraws.set(values, s * dates * n);
    const series = categorySeries(values, model.states, model.categories);
    series.forEach((one, c) => {
      for (let k = 0; k < dates; k++) categoryDraws[(s * dates + k) * categories + c] = one[k] as number;
    });
    const days = series.map((one) => childDays(one, slots, plan.stepDays));
    sampleChildDays.push(slots.map((_, y) => days.map((perYear) => perYear[y] as number)));
  }
  const intervals = {
    byState: model.states.map((_, i) => intervalsOf(stateDraws, samples, dates, n, [i])),
    byCategory: Object.fromEntries(
      model.categories.map((c, i) => [c, intervalsOf(categoryDraws, samples, dates, categories, [i])]),
    ),
    total: intervalsOf(
      categoryDraws,
      samples,
      dates,
      categories,
      model.categories.map((_, i) => i),
    ),
  };
  const points = yearEndPoints(plan.startDay, plan.steps, plan.stepDays);
  const figureAt = (expected: readonly number[], band: SeriesIntervals) =>
    points.map((point) => ({
      expected: valueAt(expected, point),
      lower80: valueAt(band.lower80, point),
      upper80: valueAt(band.upper80, point),
      lower95: valueAt(band.lower95, point),
      upper95: valueAt(band.upper95, point),
    }));
  const byCategory = model.categories.map((c) =>
    figureAt(projection.byCategory[c] ?? [], intervals.byCategory[c] as SeriesIntervals),
  );
  const total = figureAt(projection.total, intervals.total);
  const yearEnds = points.map((point, p) => ({
    date: point.date,
    byCategory: Object.fromEntries(model.categories.map((c, i) => [c, byCategory[i]?.[p] as YearEndFigure])),
    total: total[p] as YearEndFigure,
  }));
  return {
    value: { model, projection, intervals, yearEnds, samples, seed, sampleChildDays },
    ...check.result,
    issues,
  };
}

function intervalsOf(
  draws: Float32Array,
  samples: number,
  dates: number,
  width: number,
  columns: number[],
): SeriesIntervals {
  const result: SeriesIntervals = { lower95: [], lower80: [], upper80: [], upper95: [] };
  const values = new Float64Array(samples);
  for (let k = 0; k < dates; k++) {
    for (let s = 0; s < samples; s++) {
      let sum = 0;
      for (const c of columns) sum += draws[(s * dates + k) * width + c] as number;
      values[s] = sum;
    }
    values.sort();
    result.lower95.push(quantileSorted(values, 0.025));
    result.lower80.push(quantileSorted(values, 0.1));
    result.upper80.push(quantileSorted(values, 0.9));
    result.upper95.push(quantileSorted(values, 0.975));
  }
  return result;
}

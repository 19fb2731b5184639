import type { IsoDate, Issue } from '@placewise/model';
import type { Coverage } from '@placewise/ssda903';
import type { FlowModel } from './flow-model-types.js';
import type { ForecastDemandOptions } from './forecast-demand.js';
import type { YearEndFigure } from './forecast-figures.js';
import { bootstrap, categoryIntervals } from './internal/bootstrap.js';
import { fitToProject } from './internal/fit-to-project.js';
import { expectedSeries } from './internal/plan.js';
import { yearEndFigures } from './internal/year-end-figures.js';
import { type YearEndPoint, yearEndPoints } from './internal/year-ends.js';
import type { LongitudinalHistory } from './merge-returns.js';

/**
 * A forecast's 31 March figures only: the model, and the expected count with 80% and 95% intervals on each
 * 31 March the projection reaches, by category and in total.
 *
 * @example
 * const { value } = forecastYearEnds(history, { from: '2022-04-01', to: '2025-03-31', horizonDays: 1096 });
 * const figures: ForecastYearEnds | undefined = value;
 */
export interface ForecastYearEnds {
  model: FlowModel;
  yearEnds: { date: IsoDate; byCategory: Record<string, YearEndFigure>; total: YearEndFigure }[];
  samples: number;
  seed: number;
}

/**
 * What {@link forecastYearEnds} gives: as {@link ForecastDemandResult}, with the 31 March figures only.
 *
 * @example
 * const result: ForecastYearEndsResult = forecastYearEnds(history, { from: '2022-04-01', to: '2025-03-31', horizonDays: 1096 });
 * if (!result.value) throw new Error(result.reason);
 */
export interface ForecastYearEndsResult {
  value: ForecastYearEnds | undefined;
  status: 'complete' | 'incomplete';
  coverage: Coverage;
  reason?: string;
  issues: Issue[];
}

/**
 * The 31 March figures of {@link forecastDemand}, equal to its `yearEnds` for the same history and
 * options, for a caller that needs nothing else (a region forecasting 150 authorities): the bootstrap keeps
 * each sample's counts on the dates either side of each 31 March, not its whole series, so it skips the
 * intervals of every state on every date and each sample's child-days.
 *
 * @example
 * const { value } = forecastYearEnds(history, {
 *   from: '2022-04-01', to: '2025-03-31', horizonDays: 1096, step: 'week', samples: 100,
 * });
 * value?.yearEnds.at(-1)?.total.upper95;
 */
export function forecastYearEnds(
  history: LongitudinalHistory,
  options: ForecastDemandOptions,
): ForecastYearEndsResult {
  const fitted = fitToProject(history, options);
  if (!fitted.projected) return { value: undefined, ...fitted.refusal };
  const { prepared, model, plan, values, samples, seed, check, issues } = fitted.projected;
  const points = yearEndPoints(plan.startDay, plan.steps, plan.stepDays);
  const dates = [...new Set(points.flatMap((p) => [p.k0, p.k1]))].sort((a, b) => a - b);
  const position = new Map(dates.map((k, i) => [k, i]));
  const bandPoints = points.map(
    (p): YearEndPoint => ({ ...p, k0: position.get(p.k0) as number, k1: position.get(p.k1) as number }),
  );
  const draws = bootstrap(prepared, model, plan, { samples, seed, adjustments: options.adjustments, dates });
  const intervals = categoryIntervals(draws, samples, model.categories);
  const yearEnds = yearEndFigures(
    model.categories,
    expectedSeries(model, values),
    intervals,
    points,
    bandPoints,
  );
  return { value: { model, yearEnds, samples, seed }, ...check, issues };
}

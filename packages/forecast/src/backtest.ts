import type { IsoDate, Issue, Result } from '@placewise/model';
import type { Coverage } from '@placewise/ssda903';
import { buildFlowModel } from './flow-model.js';
import type { BuildFlowModelOptions } from './flow-model-types.js';
import { checkFit } from './internal/check-fit.js';
import { toDay } from './internal/day.js';
import type { LongitudinalHistory } from './merge-returns.js';
import { observeDemand } from './observe-demand.js';
import { projectDemand } from './project-demand.js';
import type { DemandAdjustments } from './scenario.js';

/**
 * Options of {@link backtest}.
 *
 * @example
 * const options: BacktestOptions = { fitFrom: '2021-04-01', fitTo: '2023-03-31', horizonDays: 365 };
 */
export interface BacktestOptions extends Omit<BuildFlowModelOptions, 'from' | 'to'> {
  /** First day of the fitting window. */
  fitFrom: IsoDate;
  /** Last day of the fitting window; the projection starts from the children in care on it. */
  fitTo: IsoDate;
  /** Days to project and compare; cut to the last day the history covers. */
  horizonDays: number;
  /** Comparison grid. Default `'week'`. */
  step?: 'day' | 'week';
  adjustments?: DemandAdjustments;
}

/**
 * Observed against projected children in care per category, with the mean absolute percentage error.
 *
 * @example
 * const result: BacktestResult = { fitFrom: '2021-04-01', fitTo: '2023-03-31', dates: [], categories: [], observed: {}, projected: {}, mape: {}, totalMape: null };
 */
export interface BacktestResult {
  fitFrom: IsoDate;
  fitTo: IsoDate;
  dates: IsoDate[];
  categories: string[];
  observed: Record<string, number[]>;
  projected: Record<string, number[]>;
  /** MAPE in percent per category over the dates after `fitTo` with a non-zero observed count; null if none. */
  mape: Record<string, number | null>;
  /** MAPE of the total number in care. */
  totalMape: number | null;
}

/**
 * Back-tests the forecast: fits a flow model on [fitFrom, fitTo], projects forward from the children in care
 * on `fitTo` over a period the history already covers, and reports per category the mean absolute
 * percentage error, MAPE = mean(|observed − projected| / observed) × 100, over the grid dates after `fitTo`.
 *
 * @example
 * const { value } = backtest(history, { fitFrom: '2021-04-01', fitTo: '2023-03-31', horizonDays: 365 });
 * value.mape.fostering; // e.g. 3.2 (%)
 * // `status` is 'incomplete' (with a `reason`) when the fit rests on fewer than 20 children or incomplete rows.
 */
export function backtest(
  history: LongitudinalHistory,
  options: BacktestOptions,
): Result<BacktestResult> & { status: 'complete' | 'incomplete'; coverage: Coverage; reason?: string } {
  const { fitFrom, fitTo, horizonDays: asked, step = 'week', adjustments, ...shared } = options;
  const issues: Issue[] = [];
  let horizonDays = asked;
  if (history.coveredTo !== undefined) {
    const available = toDay(history.coveredTo) - toDay(fitTo);
    if (available < horizonDays) {
      issues.push({
        code: 'forecast.backtest.horizon-cut',
        severity: 'warning',
        message: `The history ends ${available} day(s) after fitTo: the back-test compares over those days only.`,
        location: { path: ['horizonDays'] },
      });
      const stepDays = step === 'week' ? 7 : 1;
      horizonDays = Math.max(1, available - (available % stepDays));
    }
  }
  const fit = buildFlowModel(history, { ...shared, from: fitFrom, to: fitTo });
  issues.push(...fit.issues);
  // A back-test on too little data is marked, not refused: its errors are what it is for.
  const { result: checked } = checkFit(history, fit.value, fit.issues, undefined);
  const projection = projectDemand(
    fit.value,
    adjustments ? { horizonDays, step, adjustments } : { horizonDays, step },
  );
  const lastDate = projection.dates[projection.dates.length - 1] as IsoDate;
  const observed = observeDemand(history, { ...shared, from: fitTo, to: lastDate, step });
  const dates = observed.value.dates;
  const projected = Object.fromEntries(
    projection.categories.map((c) => [c, (projection.byCategory[c] ?? []).slice(0, dates.length)]),
  );
  const mapeOf = (obs: readonly number[], proj: readonly number[]) => {
    let sum = 0;
    let n = 0;
    for (let k = 1; k < obs.length; k++) {
      const o = obs[k] as number;
      if (o > 0) {
        sum += Math.abs(o - (proj[k] as number)) / o;
        n += 1;
      }
    }
    return n === 0 ? null : (sum / n) * 100;
  };
  const mape = Object.fromEntries(
    projection.categories.map((c) => [c, mapeOf(observed.value.byCategory[c] ?? [], projected[c] ?? [])]),
  );
  const totalMape = mapeOf(observed.value.total, projection.total.slice(0, dates.length));
  return {
    value: {
      fitFrom,
      fitTo,
      dates,
      categories: projection.categories,
      observed: observed.value.byCategory,
      projected,
      mape,
      totalMape,
    },
    ...checked,
    issues,
  };
}

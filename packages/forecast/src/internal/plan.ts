import type { IsoDate } from '@placewise/model';
import { type DemandProjection, MAX_HORIZON_DAYS, type ProjectDemandOptions } from '../demand-projection.js';
import type { FlowModel } from '../flow-model-types.js';
import { ForecastOptionsError } from '../forecast-options-error.js';
import { fromDay, toDay } from './day.js';
import { categorySeries, childDays, yearSlots } from './series.js';
import { valueAt, yearEndPoints } from './year-ends.js';

/** Resolved projection options, shared with the bootstrap. */
export interface ProjectionPlan {
  startDay: number;
  steps: number;
  stepDays: number;
  initial: readonly number[];
}

export function planProjection(model: FlowModel, options: ProjectDemandOptions): ProjectionPlan {
  const { horizonDays } = options;
  if (!(Number.isInteger(horizonDays) && horizonDays >= 1 && horizonDays <= MAX_HORIZON_DAYS))
    throw new ForecastOptionsError(`horizonDays must be a whole number from 1 to ${MAX_HORIZON_DAYS}.`);
  const stepDays = options.step === 'week' ? 7 : 1;
  const initial = options.initial ?? model.stock;
  if (initial.length !== model.states.length)
    throw new ForecastOptionsError(`initial must give one count per state (${model.states.length}).`);
  return {
    startDay: toDay(options.start ?? model.to),
    steps: Math.ceil(horizonDays / stepDays),
    stepDays,
    initial,
  };
}

/**
 * A projection's series by category (summed in state order) and their total on each date (summed in
 * category order): what {@link assembleProjection} gives as `byCategory` and `total`, without its dates,
 * states and years, for a caller that reads a few dates of it.
 */
export function expectedSeries(
  model: FlowModel,
  values: Float64Array,
): { series: Float64Array[]; byCategory: Record<string, Float64Array>; total: number[] } {
  const series = categorySeries(values, model.states, model.categories);
  const dates = values.length / model.states.length;
  const total = Array.from({ length: dates }, (_, k) => series.reduce((sum, s) => sum + (s[k] as number), 0));
  const byCategory = Object.fromEntries(model.categories.map((c, i) => [c, series[i] as Float64Array]));
  return { series, byCategory, total };
}

export function assembleProjection(
  model: FlowModel,
  plan: ProjectionPlan,
  values: Float64Array,
): DemandProjection {
  const n = model.states.length;
  const dates = Array.from({ length: plan.steps + 1 }, (_, k) => fromDay(plan.startDay + k * plan.stepDays));
  const byState = model.states.map((_, i) => dates.map((_, k) => values[k * n + i] as number));
  const { series, total } = expectedSeries(model, values);
  const byCategory = Object.fromEntries(
    model.categories.map((c, i) => [c, [...(series[i] as Float64Array)]]),
  );
  const slots = yearSlots(plan.startDay, plan.steps, plan.stepDays);
  const days = series.map((s) => childDays(s, slots, plan.stepDays));
  const years = slots.map((slot, y) => ({
    collectionYear: slot.collectionYear,
    start: slot.start,
    end: slot.end,
    days: slot.days,
    childDays: Object.fromEntries(model.categories.map((c, i) => [c, days[i]?.[y] as number])),
  }));
  const yearEnds = yearEndPoints(plan.startDay, plan.steps, plan.stepDays).map((point) => ({
    date: point.date,
    byCategory: Object.fromEntries(
      model.categories.map((c, i) => [c, valueAt(series[i] as Float64Array, point)]),
    ),
    total: valueAt(total, point),
  }));
  return {
    start: dates[0] as IsoDate,
    stepDays: plan.stepDays,
    dates,
    states: model.states,
    categories: model.categories,
    byState,
    byCategory,
    total,
    years,
    yearEnds,
  };
}

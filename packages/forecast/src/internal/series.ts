import { collectionYearOf } from '@placewise/model';
import type { FlowState } from '../states.js';
import { fromDay } from './day.js';

/** Sums a (dates × states) block into one series per category, in category order. */
export function categorySeries(
  values: Float64Array,
  states: readonly FlowState[],
  categories: readonly string[],
): Float64Array[] {
  const n = states.length;
  const dates = values.length / n;
  const index = new Map(categories.map((c, i) => [c, i]));
  const series = categories.map(() => new Float64Array(dates));
  const stateCategory = states.map((s) => index.get(s.category) as number);
  for (let k = 0; k < dates; k++) {
    for (let j = 0; j < n; j++) {
      const target = series[stateCategory[j] as number] as Float64Array;
      target[k] = (target[k] as number) + (values[k * n + j] as number);
    }
  }
  return series;
}

/**
 * The collection years a projection crosses. Step k covers the days after date k up to date k + 1, so the
 * start date (the observed stock) is not costed again and a daily projection from 31 March fills whole years.
 */
export interface YearSlots {
  collectionYear: string;
  start: string;
  end: string;
  days: number;
  firstStep: number;
  lastStep: number;
}

export function yearSlots(startDay: number, steps: number, stepDays: number): YearSlots[] {
  const slots: YearSlots[] = [];
  // The collection year depends on the month alone: asked once per month, not once per step.
  const yearOfMonth = new Map<string, string>();
  for (let k = 0; k < steps; k++) {
    const first = startDay + k * stepDays + 1;
    const last = first + stepDays - 1;
    const date = fromDay(last);
    const month = date.slice(0, 7);
    let year = yearOfMonth.get(month);
    if (year === undefined) {
      year = collectionYearOf(date);
      yearOfMonth.set(month, year);
    }
    const slot = slots[slots.length - 1];
    if (slot && slot.collectionYear === year) {
      slot.lastStep = k;
      slot.end = fromDay(last);
      slot.days += stepDays;
    } else {
      slots.push({
        collectionYear: year,
        start: fromDay(first),
        end: fromDay(last),
        days: stepDays,
        firstStep: k,
        lastStep: k,
      });
    }
  }
  return slots;
}

/** Child-days in each slot by the trapezium rule over the step values of one series. */
export function childDays(series: Float64Array, slots: readonly YearSlots[], stepDays: number): number[] {
  return slots.map((slot) => {
    let total = 0;
    for (let k = slot.firstStep; k <= slot.lastStep; k++)
      total += ((series[k] as number) + (series[k + 1] as number)) * 0.5 * stepDays;
    return total;
  });
}

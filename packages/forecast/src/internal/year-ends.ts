import type { IsoDate } from '@placewise/model';
import { fromDay, toDay } from './day.js';

/** A 31 March inside a projection's dates: the weight `w` of date k1 against date k0. */
export interface YearEndPoint {
  date: IsoDate;
  k0: number;
  k1: number;
  w: number;
}

/** Every 31 March from the first date to the last, placed on a grid of `stepDays` from `startDay`. */
export function yearEndPoints(startDay: number, steps: number, stepDays: number): YearEndPoint[] {
  const lastDay = startDay + steps * stepDays;
  const points: YearEndPoint[] = [];
  const first = Number(fromDay(startDay).slice(0, 4));
  const last = Number(fromDay(lastDay).slice(0, 4));
  for (let year = first; year <= last; year++) {
    const date = `${year}-03-31`;
    const day = toDay(date);
    if (day < startDay || day > lastDay) continue;
    const at = (day - startDay) / stepDays;
    const k0 = Math.floor(at);
    points.push({ date, k0, k1: Math.min(k0 + 1, steps), w: at - k0 });
  }
  return points;
}

/** A series' value at a year-end point. */
export function valueAt(series: ArrayLike<number>, point: YearEndPoint): number {
  const a = series[point.k0] as number;
  return point.w === 0 ? a : a * (1 - point.w) + (series[point.k1] as number) * point.w;
}

import type { IsoDate } from '@placewise/model';
import type { SeriesIntervals, YearEndFigure } from '../forecast-figures.js';
import { valueAt, type YearEndPoint } from './year-ends.js';

/**
 * Each 31 March's expected count and intervals, by category and in total. `points` index the projection's
 * dates; `bandPoints` (default `points`) index the interval series, which may hold only some of the dates.
 */
export function yearEndFigures(
  categories: readonly string[],
  projection: { byCategory: Record<string, ArrayLike<number>>; total: ArrayLike<number> },
  intervals: { byCategory: Record<string, SeriesIntervals>; total: SeriesIntervals },
  points: readonly YearEndPoint[],
  bandPoints: readonly YearEndPoint[] = points,
): { date: IsoDate; byCategory: Record<string, YearEndFigure>; total: YearEndFigure }[] {
  const figureAt = (expected: ArrayLike<number>, band: SeriesIntervals) =>
    points.map((point, p) => {
      const at = bandPoints[p] as YearEndPoint;
      return {
        expected: valueAt(expected, point),
        lower80: valueAt(band.lower80, at),
        upper80: valueAt(band.upper80, at),
        lower95: valueAt(band.lower95, at),
        upper95: valueAt(band.upper95, at),
      };
    });
  const byCategory = categories.map((c) =>
    figureAt(projection.byCategory[c] ?? [], intervals.byCategory[c] as SeriesIntervals),
  );
  const total = figureAt(projection.total, intervals.total);
  return points.map((point, p) => ({
    date: point.date,
    byCategory: Object.fromEntries(categories.map((c, i) => [c, byCategory[i]?.[p] as YearEndFigure])),
    total: total[p] as YearEndFigure,
  }));
}

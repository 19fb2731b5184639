import type { IsoDate, Issue, Pence, Result } from '@placewise/model';
import type { DemandProjection } from './demand-projection.js';
import type { DemandForecast } from './forecast-demand.js';
import { quantileSorted } from './internal/quantile.js';

/**
 * Weekly unit cost per child, in pence, by forecast category (for example from `@placewise/costs`
 * benchmarks, or the council's own figures).
 *
 * @example
 * const costs: WeeklyCosts = { fostering: 90_000, residential: 610_800, supported: 150_000, other: 50_000 };
 */
export type WeeklyCosts = Readonly<Record<string, Pence>>;

/**
 * Projected spend in pence: the expected value and, when projected from a bootstrap forecast, its
 * central 80% and 95% intervals.
 *
 * @example
 * const spend: SpendFigure = { expected: 120_000_00, lower95: 110_000_00, upper95: 131_000_00 };
 */
export interface SpendFigure {
  expected: Pence;
  lower95?: Pence;
  lower80?: Pence;
  upper80?: Pence;
  upper95?: Pence;
}

/**
 * Projected spend in one collection year (or the part the projection covers: see `days`).
 *
 * @example
 * const year: ProjectedSpendYear = { collectionYear: '2024-25', start: '2024-04-01', end: '2025-03-31', days: 365, byCategory: {}, total: { expected: 0 } };
 */
export interface ProjectedSpendYear {
  collectionYear: string;
  start: IsoDate;
  end: IsoDate;
  days: number;
  byCategory: Record<string, SpendFigure>;
  total: SpendFigure;
}

/**
 * Turns projected child-days into spend per collection year: child-days × weekly cost / 7 for each category.
 * Given a {@link DemandForecast}, each bootstrap sample is costed and the intervals are taken over the
 * samples' spend (so the total's interval is not the sum of the categories' intervals). A category with
 * no cost is left out of the total and reported as a `forecast.spend.no-cost` warning.
 *
 * @example
 * const { value: years } = projectSpend(forecast, { fostering: 90_000, residential: 610_800 });
 * years[0]?.total.expected; // pence
 */
export function projectSpend(
  forecast: DemandForecast | DemandProjection,
  weeklyCostByCategory: WeeklyCosts,
): Result<ProjectedSpendYear[]> {
  const projection = 'projection' in forecast ? forecast.projection : forecast;
  const samples = 'projection' in forecast ? forecast.sampleChildDays : undefined;
  const issues: Issue[] = [];
  const costed = projection.categories.filter((c) => {
    const cost = weeklyCostByCategory[c];
    if (cost !== undefined && Number.isFinite(cost)) return true;
    issues.push({
      code: 'forecast.spend.no-cost',
      severity: 'warning',
      message: `No weekly cost was given for the category "${c}": it is left out of the spend.`,
      location: { path: ['weeklyCostByCategory', c] },
    });
    return false;
  });
  const perDay = (c: string) => (weeklyCostByCategory[c] as number) / 7;
  const years = projection.years.map((year, y) => {
    const figure = (categories: readonly string[]): SpendFigure => {
      const expected = Math.round(
        categories.reduce((sum, c) => sum + (year.childDays[c] ?? 0) * perDay(c), 0),
      );
      if (!samples || samples.length === 0) return { expected };
      const indexes = categories.map((c) => projection.categories.indexOf(c));
      const draws = Float64Array.from(samples, (sample) =>
        indexes.reduce((sum, i, n) => sum + (sample[y]?.[i] ?? 0) * perDay(categories[n] as string), 0),
      ).sort();
      return {
        expected,
        lower95: Math.round(quantileSorted(draws, 0.025)),
        lower80: Math.round(quantileSorted(draws, 0.1)),
        upper80: Math.round(quantileSorted(draws, 0.9)),
        upper95: Math.round(quantileSorted(draws, 0.975)),
      };
    };
    return {
      collectionYear: year.collectionYear,
      start: year.start,
      end: year.end,
      days: year.days,
      byCategory: Object.fromEntries(costed.map((c) => [c, figure([c])])),
      total: figure(costed),
    };
  });
  return { value: years, issues };
}

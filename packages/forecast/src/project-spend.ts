import type { IsoDate, Issue, Pence, Result } from '@placewise/model';
import type { DemandProjection } from './demand-projection.js';
import type { DemandForecast } from './forecast-demand.js';
import { quantileSorted } from './internal/quantile.js';

/**
 * One line of a category's cost: the share of its children placed this way and the weekly cost in pence.
 *
 * @example
 * const line: CostLine = { label: 'in-house', share: 0.3, weekly: 450_000 };
 */
export interface CostLine {
  label: string;
  /** Share of the category's child-days, 0 to 1; a category's lines sum to 1. */
  share: number;
  weekly: Pence;
}

/**
 * Weekly unit cost per child, in pence, by forecast category: one figure, or several lines (residential:
 * in-house 30% at £4,500, external 70% at £6,100 a week). From `@placewise/costs` benchmarks or the
 * council's own figures.
 *
 * @example
 * const costs: WeeklyCosts = {
 *   fostering: 90_000,
 *   residential: [{ label: 'in-house', share: 0.3, weekly: 450_000 }, { label: 'external', share: 0.7, weekly: 610_000 }],
 * };
 */
export type WeeklyCosts = Readonly<Record<string, Pence | readonly CostLine[]>>;

/**
 * Options of {@link projectSpend}: inflation through a price index passed in (compose with
 * `@placewise/costs`' `indexValueOn`, or any index of your own).
 *
 * @example
 * const options: ProjectSpendOptions = { costsAt: '2024-03-31', priceIndex: (date) => indexValueOn(series, date) };
 */
export interface ProjectSpendOptions {
  /** The index's value on a date. Default: none (costs stay at the prices they were given in). */
  priceIndex?: (date: IsoDate) => number | undefined;
  /** The date the weekly costs are priced at. Default: the projection's start. */
  costsAt?: IsoDate;
}

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
  /** Index at the year's middle ÷ index at `costsAt` (1 without a price index). */
  priceFactor: number;
  byCategory: Record<string, SpendFigure>;
  /** Spend by cost line, for categories given as lines: category → line label → figure. */
  byLine: Record<string, Record<string, SpendFigure>>;
  total: SpendFigure;
}

/**
 * Turns projected child-days into spend per collection year: child-days × weekly cost / 7 for each category
 * (a category of several lines costs Σ share × weekly), times the year's price factor when a price index is
 * given. Given a {@link DemandForecast}, each bootstrap sample is costed and the intervals are taken over the
 * samples' spend (so the total's interval is not the sum of the categories' intervals). A category with no
 * cost, or whose lines' shares do not sum to 1, is left out of the total and reported; a year the index does
 * not cover keeps factor 1 with a `forecast.spend.no-price-index` error.
 *
 * @example
 * const { value: years } = projectSpend(forecast, { fostering: 90_000, residential: 610_800 });
 * years[0]?.total.expected; // pence
 */
export function projectSpend(
  forecast: DemandForecast | DemandProjection,
  weeklyCostByCategory: WeeklyCosts,
  options: ProjectSpendOptions = {},
): Result<ProjectedSpendYear[]> {
  const projection = 'projection' in forecast ? forecast.projection : forecast;
  const samples = 'projection' in forecast ? forecast.sampleChildDays : undefined;
  const issues: Issue[] = [];
  const weekly = new Map<string, number>();
  for (const c of projection.categories) {
    const cost = effectiveWeekly(weeklyCostByCategory[c], c, issues);
    if (cost !== undefined) weekly.set(c, cost);
  }
  for (const key of Object.keys(weeklyCostByCategory)) {
    if (projection.categories.includes(key)) continue;
    issues.push({
      code: 'forecast.spend.unknown-category',
      severity: 'warning',
      message: `A cost is given for "${key}", which is not a category of this projection (${projection.categories.join(', ')}): it is not used.`,
      location: { path: ['weeklyCostByCategory', key] },
    });
  }
  const costed = projection.categories.filter((c) => weekly.has(c));
  const factors = priceFactors(projection, options, issues);
  const years = projection.years.map((year, y) => {
    const factor = factors[y] as number;
    const perDay = (c: string) => ((weekly.get(c) as number) / 7) * factor;
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
    const byCategory = Object.fromEntries(costed.map((c) => [c, figure([c])]));
    return {
      collectionYear: year.collectionYear,
      start: year.start,
      end: year.end,
      days: year.days,
      priceFactor: factor,
      byCategory,
      byLine: linesOf(weeklyCostByCategory, costed, byCategory, weekly),
      total: figure(costed),
    };
  });
  return { value: years, issues };
}

/** The category's weekly cost, or undefined with an issue when it has none or its lines do not add up. */
function effectiveWeekly(
  cost: WeeklyCosts[string] | undefined,
  c: string,
  issues: Issue[],
): number | undefined {
  const at = { path: ['weeklyCostByCategory', c] };
  if (typeof cost === 'number') {
    if (Number.isFinite(cost) && cost >= 0) return cost;
  } else if (cost !== undefined) {
    const shares = cost.reduce((sum, line) => sum + line.share, 0);
    const valid = cost.every((l) => l.share >= 0 && Number.isFinite(l.weekly) && l.weekly >= 0);
    if (valid && Math.abs(shares - 1) <= 1e-6)
      return cost.reduce((sum, line) => sum + line.share * line.weekly, 0);
    issues.push({
      code: 'forecast.spend.lines',
      severity: 'error',
      message: `The cost lines of "${c}" must have shares from 0 to 1 that sum to 1, and weekly costs of 0 or more: it is left out of the spend.`,
      location: at,
    });
    return undefined;
  }
  issues.push({
    code: 'forecast.spend.no-cost',
    severity: 'warning',
    message: `No weekly cost was given for the category "${c}": it is left out of the spend.`,
    location: at,
  });
  return undefined;
}

/** Each line's share of its category's spend (a fixed proportion, so intervals scale with it). */
function linesOf(
  costs: WeeklyCosts,
  costed: readonly string[],
  byCategory: Record<string, SpendFigure>,
  weekly: ReadonlyMap<string, number>,
): Record<string, Record<string, SpendFigure>> {
  const result: Record<string, Record<string, SpendFigure>> = {};
  for (const c of costed) {
    const lines = costs[c];
    if (typeof lines === 'number' || lines === undefined) continue;
    const whole = byCategory[c] as SpendFigure;
    const total = weekly.get(c) as number;
    result[c] = Object.fromEntries(
      lines.map((line) => {
        const part = total > 0 ? (line.share * line.weekly) / total : 0;
        const scaled = Object.fromEntries(
          Object.entries(whole).map(([key, v]) => [key, Math.round((v as number) * part)]),
        ) as unknown as SpendFigure;
        return [line.label, scaled];
      }),
    );
  }
  return result;
}

/** Index at each year's middle day over index at `costsAt`; 1 (with an error) where the index has no value. */
function priceFactors(projection: DemandProjection, options: ProjectSpendOptions, issues: Issue[]): number[] {
  const { priceIndex } = options;
  if (!priceIndex) return projection.years.map(() => 1);
  const costsAt = options.costsAt ?? projection.start;
  const base = priceIndex(costsAt);
  return projection.years.map((year) => {
    const middle = new Date((Date.parse(year.start) + Date.parse(year.end)) / 2).toISOString().slice(0, 10);
    const value = priceIndex(middle);
    if (base !== undefined && base > 0 && value !== undefined && value > 0) return value / base;
    issues.push({
      code: 'forecast.spend.no-price-index',
      severity: 'error',
      message: `The price index has no value for ${base === undefined ? costsAt : middle}: spend in ${year.collectionYear} is left at the costs' own prices.`,
      location: { path: ['priceIndex'] },
    });
    return 1;
  });
}

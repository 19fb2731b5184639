import {
  type IsoDate,
  type Issue,
  issuesFromZodError,
  type Pence,
  type Result,
  strictObject,
} from '@placewise/model';
import * as z from 'zod';
import { roundPence } from './internal/round.js';

/**
 * A price index series: index values by calendar year (`2023`) or month (`2023-04`), with its
 * source, so a restated amount can say what it was restated with.
 *
 * @example
 * PriceIndexSeries.parse({ id: 'MY', title: 'My index', source: 'Me', frequency: 'annual',
 *   values: { '2023': 100, '2024': 103 } });
 */
export const PriceIndexSeries = strictObject({
  /** The publisher's series identifier, e.g. ONS `D7BT`. */
  id: z.string().min(1),
  title: z.string().min(1),
  /** Who publishes it and where. */
  source: z.string().min(1),
  /** When the figures were published or taken, as the source dates them. */
  asOf: z.string().optional(),
  frequency: z.enum(['annual', 'monthly']),
  values: z.record(z.string(), z.number().positive()),
}).superRefine((series, ctx) => {
  const shape = series.frequency === 'annual' ? /^\d{4}$/ : /^\d{4}-(0[1-9]|1[0-2])$/;
  for (const key of Object.keys(series.values)) {
    if (!shape.test(key)) {
      ctx.addIssue({
        code: 'custom',
        path: ['values', key],
        message: `A ${series.frequency} series keys its values by ${series.frequency === 'annual' ? 'year (2024)' : 'month (2024-04)'}.`,
      });
    }
  }
});
/** @see {@link PriceIndexSeries} */
export type PriceIndexSeries = z.infer<typeof PriceIndexSeries>;

/**
 * Checks a user-provided price index series (for example parsed from JSON) and says what is wrong.
 *
 * @returns the series, or `undefined` with `index.invalid` issues located by path.
 * @example
 * parsePriceIndexSeries({ id: 'X' }).issues.length > 0; // true
 */
export function parsePriceIndexSeries(input: unknown): Result<PriceIndexSeries | undefined> {
  const parsed = PriceIndexSeries.safeParse(input);
  if (parsed.success) return { value: parsed.data, issues: [] };
  return {
    value: undefined,
    // One issue per problem, an unknown key located at the key itself (with the key it most likely meant).
    issues: issuesFromZodError(parsed.error).map((issue) => ({ ...issue, code: 'index.invalid' })),
  };
}

/**
 * The index value for the year or month a date falls in, or `undefined` when the series has none.
 *
 * @example
 * const series = { id: 'MY', title: 'My index', source: 'Me', frequency: 'annual' as const,
 *   values: { '2020': 108, '2023': 130 } };
 * indexValueOn(series, '2020-07-01'); // 108
 */
export function indexValueOn(series: PriceIndexSeries, date: IsoDate): number | undefined {
  const key = series.frequency === 'annual' ? date.slice(0, 4) : date.slice(0, 7);
  return series.values[key];
}

/** Options for {@link restateAmount}. */
export interface RestateAmountOptions {
  /**
   * The index to restate with, as published by its source (for UK consumer prices, ONS series D7BT,
   * CPI 2015 = 100, or L522, CPIH). No series is built in: pass the one you downloaded, checked with
   * {@link parsePriceIndexSeries}.
   */
  series: PriceIndexSeries;
}

/**
 * Restates an amount of money from one date's prices to another's: amount × index(to) ÷ index(from),
 * rounded to the nearest penny, using the value for the year (or month) each date falls in.
 *
 * @returns the restated pence, or `undefined` with an `index.out-of-range` issue naming the date
 *   the series does not cover.
 * @example
 * const series = { id: 'MY', title: 'My index', source: 'Me', frequency: 'annual' as const,
 *   values: { '2020': 100, '2023': 120 } };
 * restateAmount(383_000, { from: '2020-06-01', to: '2023-06-01' }, { series }).value; // 459_600
 */
export function restateAmount(
  amount: Pence,
  dates: { from: IsoDate; to: IsoDate },
  options: RestateAmountOptions,
): Result<Pence | undefined> {
  const { series } = options;
  const issues: Issue[] = [];
  const values = (['from', 'to'] as const).map((which) => {
    const value = indexValueOn(series, dates[which]);
    if (value === undefined) {
      issues.push({
        code: 'index.out-of-range',
        severity: 'error',
        message: `The ${series.id} series has no value for the ${which} date's ${series.frequency === 'annual' ? 'year' : 'month'}.`,
        location: { path: [which] },
      });
    }
    return value;
  });
  const [from, to] = values;
  if (from === undefined || to === undefined) return { value: undefined, issues };
  return { value: roundPence((amount * to) / from), issues };
}

import type { Fee, IsoDate, Pence } from '@placewise/model';
import { endOfMonth } from 'date-fns/endOfMonth';
import { endOfYear } from 'date-fns/endOfYear';
import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import { getDaysInYear } from 'date-fns/getDaysInYear';
import { allocatePence } from './allocate.js';
import { type ContributionSplit, splitByContributions } from './contributions.js';
import { financialYearBounds, financialYearOf } from './financial-year.js';
import { daysInclusive, maxIso, minIso, shiftIso, toDate, toIso } from './internal/dates.js';
import { roundPence } from './internal/round.js';

/** The parts of a fee that fix what it costs over time. */
export type FeeTerms = Pick<Fee, 'amount' | 'unit' | 'from' | 'to' | 'contributions'>;

/** A span of calendar days, both ends included. */
export interface Period {
  start: IsoDate;
  end: IsoDate;
}

/** What a fee cost over part of a period. */
export interface PeriodCost extends Period {
  /** Days the fee was in force within this part (0 if none). */
  days: number;
  /** Whole pence; the parts of one split always add up to the cost of the whole. */
  cost: Pence;
  /** `cost` split between funders in proportion to the fee's contributions. */
  contributions: ContributionSplit;
}

/**
 * The exact (unrounded) cost of a fee over a period, charging each day the fee is in force:
 * a day's fee per day; a week's ÷ 7; four weeks' ÷ 28; a calendar month's ÷ the days in that
 * month (so a whole calendar month costs exactly the monthly amount, and 29 February costs 1/29
 * of February's); a year's ÷ the days in that calendar year (365 or 366, so a leap year's days are
 * each a little cheaper and a whole calendar year costs exactly the annual amount).
 */
function exactCost(fee: FeeTerms, period: Period): number {
  const start = maxIso(period.start, fee.from);
  const end = fee.to ? minIso(period.end, fee.to) : period.end;
  if (start > end) return 0;
  switch (fee.unit) {
    case 'day':
      return fee.amount * daysInclusive(start, end);
    case 'week':
      return (fee.amount * daysInclusive(start, end)) / 7;
    case 'four-weeks':
      return (fee.amount * daysInclusive(start, end)) / 28;
    case 'month':
      return sumOverCalendar(fee.amount, start, end, endOfMonth, getDaysInMonth);
    case 'year':
      return sumOverCalendar(fee.amount, start, end, endOfYear, getDaysInYear);
  }
}

function sumOverCalendar(
  amount: number,
  start: string,
  end: string,
  endOfUnit: (d: Date) => Date,
  daysInUnit: (d: Date) => number,
): number {
  let total = 0;
  for (let cursor = start; cursor <= end; ) {
    const date = toDate(cursor);
    const unitEnd = minIso(toIso(endOfUnit(date)), end);
    total += (amount * daysInclusive(cursor, unitEnd)) / daysInUnit(date);
    cursor = shiftIso(unitEnd, 1);
  }
  return total;
}

function daysInForce(fee: FeeTerms, period: Period): number {
  const start = maxIso(period.start, fee.from);
  const end = fee.to ? minIso(period.end, fee.to) : period.end;
  return start > end ? 0 : daysInclusive(start, end);
}

/**
 * What a fee costs over a period (both ends included), clipped to the dates the fee is in force,
 * rounded once to the nearest penny. See {@link splitCostOfFee} for the per-day convention.
 *
 * @example
 * costOfFee({ amount: 100_000, unit: 'week', from: '2024-01-01' }, { start: '2024-01-01', end: '2024-01-14' }); // 200_000
 */
export function costOfFee(fee: FeeTerms, period: Period): Pence {
  return roundPence(exactCost(fee, period));
}

/**
 * Splits what a fee costs over a period at the given dates (each cut starts a new part) without
 * changing the total: the total is {@link costOfFee} over the whole period, shared between the
 * parts by their exact costs with {@link allocatePence}. Each day is charged by the fee's unit —
 * per day as is; per week ÷ 7; per four weeks ÷ 28; per calendar month ÷ that month's days; per
 * year ÷ that calendar year's days (366 in a leap year).
 *
 * @param cuts - dates that start a new part; those outside the period are ignored.
 * @example
 * splitCostOfFee({ amount: 100_000, unit: 'week', from: '2023-03-30', to: '2023-04-02' },
 *   { start: '2023-03-30', end: '2023-04-02' }, ['2023-04-01']).map((p) => p.cost); // [28_572, 28_571]
 */
export function splitCostOfFee(fee: FeeTerms, period: Period, cuts: readonly IsoDate[]): PeriodCost[] {
  const starts = [...new Set(cuts)].filter((c) => c > period.start && c <= period.end).sort();
  const parts: Period[] = [period.start, ...starts].map((start, i) => ({
    start,
    end: i < starts.length ? shiftIso(starts[i] as string, -1) : period.end,
  }));
  const costs = allocatePence(
    costOfFee(fee, period),
    parts.map((part) => exactCost(fee, part)),
  );
  return parts.map((part, i) => {
    const cost = costs[i] ?? 0;
    return {
      ...part,
      days: daysInForce(fee, part),
      cost,
      contributions: splitByContributions(cost, fee.contributions),
    };
  });
}

/** A {@link PeriodCost} for one financial year. */
export interface FinancialYearCost extends PeriodCost {
  /** The financial year, 1 April to 31 March, written `2024-25`. */
  year: string;
}

/**
 * What a fee costs in each financial year (1 April–31 March) a period touches; the years add up
 * to {@link costOfFee} over the whole period.
 *
 * @example
 * costByFinancialYear({ amount: 310_000, unit: 'month', from: '2024-03-17', to: '2024-04-15' },
 *   { start: '2024-03-17', end: '2024-04-15' }).map((y) => [y.year, y.cost]);
 * // [['2023-24', 150_000], ['2024-25', 155_000]]
 */
export function costByFinancialYear(fee: FeeTerms, period: Period): FinancialYearCost[] {
  const cuts: IsoDate[] = [];
  const last = financialYearOf(period.end);
  for (let year = financialYearOf(period.start); year !== last; ) {
    const next = shiftIso(financialYearBounds(year).end, 1);
    cuts.push(next);
    year = financialYearOf(next);
  }
  return splitCostOfFee(fee, period, cuts).map((part) => ({
    year: financialYearOf(part.start),
    ...part,
  }));
}

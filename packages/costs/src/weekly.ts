import type { FeeUnit, Pence } from '@placewise/model';
import { roundPence } from './internal/round.js';

/**
 * Weeks in a year: the mean Gregorian year, 365.2425 days, over 7. Over 400 years this counts leap
 * days exactly (97 in 400 years), so a year's fee normalised to a week and back is unbiased.
 * (365.25 / 7 = 52.1786 is the Julian mean; 52 weeks under-counts a year by 1.2 or 2.2 days.)
 *
 * @example
 * Math.round(100_000 * WEEKS_PER_YEAR); // a weekly £1,000 is £52,177.50 a year
 */
export const WEEKS_PER_YEAR = 365.2425 / 7;

/** How many weeks one unit of each fee unit lasts, on the {@link WEEKS_PER_YEAR} convention. */
const WEEKS_PER_UNIT: Record<FeeUnit, number> = {
  day: 1 / 7,
  week: 1,
  'four-weeks': 4,
  month: WEEKS_PER_YEAR / 12,
  year: WEEKS_PER_YEAR,
};

/**
 * How many weeks one unit of `unit` lasts: a day is 1/7, four weeks is 4, a calendar month is
 * 52.1775 / 12 = 4.348 weeks (the mean month, not any particular one), a year 52.1775.
 *
 * @example
 * weeksPerUnit('month'); // 4.3481...
 */
export function weeksPerUnit(unit: FeeUnit): number {
  return WEEKS_PER_UNIT[unit];
}

/**
 * Normalises a fee amount quoted per `unit` to a weekly amount, rounded to the nearest penny
 * (halves away from zero): day × 7; week as is; four-weeks ÷ 4; month × 12 ÷ 52.1775; year ÷ 52.1775.
 * Use {@link costOfFee} for what a fee costs over real dates: this is the like-for-like figure
 * benchmarks compare.
 *
 * @param amount - pence per `unit`.
 * @returns pence per week.
 * @example
 * toWeeklyAmount(2_200_000, 'month'); // 505_965 (£22,000 a month ≈ £5,059.65 a week)
 */
export function toWeeklyAmount(amount: Pence, unit: FeeUnit): Pence {
  if (unit === 'week') return amount;
  if (unit === 'day') return amount * 7;
  return roundPence(amount / WEEKS_PER_UNIT[unit]);
}

/**
 * Restates a weekly amount per another unit, rounded to the nearest penny; the inverse of
 * {@link toWeeklyAmount}. Round trips are exact for every unit but `day`, where a weekly amount
 * comes back within 3p (a seventh of a penny is lost each way).
 *
 * @param weekly - pence per week.
 * @returns pence per `unit`.
 * @example
 * fromWeeklyAmount(600_000, 'year'); // 31_306_500 (£6,000 a week is £313,065 a year)
 */
export function fromWeeklyAmount(weekly: Pence, unit: FeeUnit): Pence {
  if (unit === 'week') return weekly;
  return roundPence(weekly * WEEKS_PER_UNIT[unit]);
}

import { getMonth } from 'date-fns/getMonth';
import { getYear } from 'date-fns/getYear';
import type { CollectionYear, IsoDate } from './date.js';
import { startYearOf, toDate } from './internal/calendar.js';

/** April, as date-fns counts months from 0. */
const APRIL = 3;

function label(startYear: number): CollectionYear {
  return `${String(startYear).padStart(4, '0')}-${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/**
 * The SSDA903 collection year a date falls in: 1 April to 31 March, written `2024-25`.
 *
 * @throws {InvalidDateError} when `date` is not an ISO date.
 * @example
 * collectionYearOf('2024-03-31'); // '2023-24'
 * collectionYearOf('2024-04-01'); // '2024-25'
 */
export function collectionYearOf(date: IsoDate): CollectionYear {
  const day = toDate(date);
  const year = getYear(day);
  return label(getMonth(day) >= APRIL ? year : year - 1);
}

/**
 * The first and last days of a collection year, both inclusive (1 April and 31 March).
 *
 * @throws {InvalidDateError} when `year` is not written like `2024-25`.
 * @example
 * collectionYearBounds('2024-25'); // { start: '2024-04-01', end: '2025-03-31' }
 */
export function collectionYearBounds(year: CollectionYear): { start: IsoDate; end: IsoDate } {
  const first = startYearOf(year);
  // The bounds never move, so they are written out rather than computed.
  return {
    start: `${String(first).padStart(4, '0')}-04-01`,
    end: `${String(first + 1).padStart(4, '0')}-03-31`,
  };
}

import { IsoDate } from './date.js';
import { SLASH_DATE } from './time-of-day.js';

/** Where a date was met in a file, as the reader locates it (a row and a column, a path…). */
export interface DateOrderVerdict<Where> {
  /** How many dates were valid only as MM/DD/YYYY. */
  count: number;
  /** Where the first of them was. */
  first: Where;
  /** The warning a reader gives for it, the same in every reader (no value from the file). */
  message: string;
}

const monthFirstMessage = (n: number): string =>
  `${n} date${n === 1 ? ' is' : 's are'} valid only as MM/DD/YYYY, and no date read has a day above 12: the file looks saved with US date order (as Excel with US settings saves a CSV), so its other dates may have the day and month swapped. Save it with DD/MM/YYYY or ISO dates.`;

/** What {@link watchDateOrder} returns: feed it a file's slash dates, then ask for the verdict. */
export interface DateOrderWatch<Where> {
  /** A date read as DD/MM/YYYY (`text[from, to)`, default the whole text): notes a day above 12. */
  read(text: string, from?: number, to?: number): void;
  /** A date that is not a date as DD/MM/YYYY: counted, with where it was, when MM/DD/YYYY would read it. */
  invalid(text: string, where: Where): void;
  /** The dates valid only as MM/DD/YYYY when no date read had a day above 12; `undefined` otherwise. */
  monthFirst(): DateOrderVerdict<Where> | undefined;
}

/** Whether day, month and year (as written, one or two digits) are a day of the calendar. */
const isCalendarDay = (year: string, month: string, day: string): boolean =>
  IsoDate.safeParse(`${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`).success;

/**
 * Watches one file's `D/M/YYYY` dates for the sign of US order. Excel with US settings saves a CSV's dates
 * as M/D/YYYY: a reader of DD/MM/YYYY then rejects those with a day above 12 and reads the rest (`4/1/2024`)
 * with the day and month swapped, without a word. Dates in one order alone prove nothing, so the verdict
 * needs both signs: some dates valid only as MM/DD/YYYY, and no date read with a day above 12. Only
 * `DD/MM/YYYY` text (one or two digits for day and month) is weighed; ISO dates are not.
 *
 * @example
 * const watch = watchDateOrder<number>();
 * watch.read('4/1/2024');
 * watch.invalid('5/20/2024', 2);
 * watch.monthFirst(); // { count: 1, first: 2, message: '1 date is valid only as MM/DD/YYYY, …' }
 */
export function watchDateOrder<Where>(): DateOrderWatch<Where> {
  let dayAbove12 = false;
  let count = 0;
  let first: { where: Where } | undefined;
  return {
    read(text, from = 0, to = text.length) {
      if (dayAbove12) return;
      // The usual DD/MM/YYYY in place, without a copy; other lengths the general way.
      if (to - from === 10 && text.charCodeAt(from + 2) === 47) {
        dayAbove12 = (text.charCodeAt(from) - 48) * 10 + (text.charCodeAt(from + 1) - 48) > 12;
        return;
      }
      const parts = SLASH_DATE.exec(from === 0 && to === text.length ? text : text.slice(from, to));
      if (parts && Number(parts[1]) > 12) dayAbove12 = true;
    },
    invalid(text, where) {
      const parts = SLASH_DATE.exec(text.trim());
      if (!parts) return;
      const [, day, month, year] = parts as unknown as [string, string, string, string];
      if (isCalendarDay(year, month, day) || !isCalendarDay(year, day, month)) return;
      count += 1;
      first ??= { where };
    },
    monthFirst() {
      if (count === 0 || dayAbove12 || !first) return undefined;
      return { count, first: first.where, message: monthFirstMessage(count) };
    },
  };
}

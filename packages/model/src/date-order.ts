/** Where a date was met in a file, as the reader locates it (a row and a column, a path…). */
export interface DateOrderVerdict<Where> {
  /** How many dates were valid only as MM/DD/YYYY. */
  count: number;
  /** Where the first of them was. */
  first: Where;
}

/** What {@link watchDateOrder} returns: feed it a file's slash dates, then ask for the verdict. */
export interface DateOrderWatch<Where> {
  /** A date read as DD/MM/YYYY (`text[from, to)`, default the whole text): notes a day above 12. */
  read(text: string, from?: number, to?: number): void;
  /** A date that is not a date as DD/MM/YYYY: counted, with where it was, when MM/DD/YYYY would read it. */
  invalid(text: string, where: Where): void;
  /** The dates valid only as MM/DD/YYYY when no date read had a day above 12; `undefined` otherwise. */
  monthFirst(): DateOrderVerdict<Where> | undefined;
}

// A time of day may follow, as a datetime exported by SQL Server or Excel (`4/13/2024 0:00`).
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: \d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?)?$/;
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > (DAYS[month - 1] as number)) return false;
  return month !== 2 || day < 29 || (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

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
 * watch.monthFirst(); // { count: 1, first: 2 }
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
      const [day, month, year] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
      if (isCalendarDay(year, month, day) || !isCalendarDay(year, day, month)) return;
      count += 1;
      first ??= { where };
    },
    monthFirst() {
      return count > 0 && !dayAbove12 && first ? { count, first: first.where } : undefined;
    },
  };
}

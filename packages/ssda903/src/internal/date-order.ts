import type { Issue } from '@placewise/model';
import { ssdaDateKey } from './date.js';
import { issue } from './issue.js';

/** Day, month and year of a `D/M/YYYY` text (one or two digits each for day and month), or undefined. */
function slashParts(text: string): [number, number, string] | undefined {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  return match ? [Number(match[1]), Number(match[2]), match[3] as string] : undefined;
}

/**
 * What a file's slash dates say of their order, gathered row by row: a date read as DD/MM/YYYY with a day
 * above 12 (which MM/DD/YYYY could not be), and dates that are not dates as DD/MM/YYYY but are as
 * MM/DD/YYYY (`4/13/2024`). Excel with US settings saves a CSV's dates as M/D/YYYY: its dates with a day
 * above 12 are then rejected as invalid, and the rest are read with the day and month swapped, without a
 * word. Dates in one order only prove nothing, so the note comes only from both signs together.
 */
export class DateOrder {
  private dayAbove12 = false;
  private monthFirst = 0;
  private first: { row: number; column: string } | undefined;

  /** Notes a date read as DD/MM/YYYY in place (`text[from, to)`, known valid): whether its day is above 12. */
  readIn(text: string, from: number, to: number): void {
    if (this.dayAbove12 || to - from !== 10 || text.charCodeAt(from + 2) !== 47) return;
    const day = (text.charCodeAt(from) - 48) * 10 + (text.charCodeAt(from + 1) - 48);
    if (day > 12) this.dayAbove12 = true;
  }

  /** Notes a date read as DD/MM/YYYY the general way (known valid). */
  read(text: string): void {
    if (this.dayAbove12) return;
    const parts = slashParts(text);
    if (parts && parts[0] > 12) this.dayAbove12 = true;
  }

  /** Notes a date that is not a date: counted when MM/DD/YYYY would read it. */
  invalid(text: string, row: number, column: string): void {
    const parts = slashParts(text);
    if (!parts || ssdaDateKey(`${parts[1]}/${parts[0]}/${parts[2]}`) < 0) return;
    this.monthFirst += 1;
    this.first ??= { row, column };
  }

  /**
   * `date.month-first` when some dates are valid only as MM/DD/YYYY and none read has a day above 12, located
   * at the first; nothing otherwise.
   */
  issues(file: string | undefined, table: string): Issue[] {
    if (this.monthFirst === 0 || this.dayAbove12 || !this.first) return [];
    const n = this.monthFirst;
    return [
      issue(
        'date.month-first',
        `${n} date${n === 1 ? ' is' : 's are'} valid only as MM/DD/YYYY, and no date read has a day above 12: the file looks saved with US date order (as Excel with US settings saves a CSV), so its other dates may have the day and month swapped. Save it with DD/MM/YYYY or ISO dates.`,
        { ...(file ? { file } : {}), table, ...this.first },
      ),
    ];
  }
}

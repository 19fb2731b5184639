import type { DateOrderWatch, Issue } from '@placewise/model';
import { issue } from './issue.js';

/** Where a date was met: its row and column. */
type Cell = { row: number; column: string };

/**
 * One table file's `date.month-first` warning (see `watchDateOrder` of `@placewise/model`): some dates valid
 * only as MM/DD/YYYY and none read with a day above 12, located at the first; nothing otherwise.
 */
export function dateOrderIssues(
  watch: DateOrderWatch<Cell>,
  file: string | undefined,
  table: string,
): Issue[] {
  const verdict = watch.monthFirst();
  if (!verdict) return [];
  const n = verdict.count;
  return [
    issue(
      'date.month-first',
      `${n} date${n === 1 ? ' is' : 's are'} valid only as MM/DD/YYYY, and no date read has a day above 12: the file looks saved with US date order (as Excel with US settings saves a CSV), so its other dates may have the day and month swapped. Save it with DD/MM/YYYY or ISO dates.`,
      { ...(file ? { file } : {}), table, ...verdict.first },
    ),
  ];
}

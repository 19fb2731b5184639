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
  return [issue('date.month-first', verdict.message, { ...(file ? { file } : {}), table, ...verdict.first })];
}

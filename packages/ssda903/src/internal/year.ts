import { type CollectionYear, codeListYearFor, type Issue } from '@placewise/model';
import { issue } from './issue.js';

/**
 * The one issue a collection year gives before any row is read: `year.unconfirmed` when its lists are
 * borrowed from the nearest confirmed year, `year.unsupported` when Placewise has no lists for it.
 */
export function yearIssues(year: CollectionYear | undefined, file?: string): Issue[] {
  if (year === undefined) return [];
  const at = file === undefined ? {} : { file };
  const lists = codeListYearFor(year);
  if (!lists) {
    return [
      issue(
        'year.unsupported',
        `${year} is not a supported collection year; codes are checked against every year's lists.`,
        at,
      ),
    ];
  }
  if (lists.confirmed) return [];
  return [
    issue(
      'year.unconfirmed',
      `The ${year} code lists could not be confirmed; read with the ${lists.listsOf} lists.`,
      at,
    ),
  ];
}

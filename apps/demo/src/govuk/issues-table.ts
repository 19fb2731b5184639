import type { Issue } from '@placewise/model';
import { h } from '../dom/element.js';
import { table } from './table.js';
import { type TagColour, tag } from './tag.js';

const COLOURS: Record<Issue['severity'], TagColour> = { error: 'red', warning: 'yellow', info: 'blue' };

/**
 * A table of issues with where each was found: severity, code, file, row, column and message.
 *
 * @example
 * issuesTable(result.issues, { caption: 'Problems in your files' })
 */
export function issuesTable(
  issues: readonly Issue[],
  options: { caption: string; limit?: number; id?: string },
) {
  const limit = options.limit ?? 500;
  const shown = issues.slice(0, limit);
  return h('div', {}, [
    table({
      caption: options.caption,
      ...(options.id ? { id: options.id } : {}),
      columns: [
        { header: 'Severity' },
        { header: 'Code' },
        { header: 'File' },
        { header: 'Row', numeric: true },
        { header: 'Column' },
        { header: 'Problem' },
      ],
      rows: shown.map((issue) => [
        tag(issue.severity, COLOURS[issue.severity]),
        h('code', {}, [issue.code]),
        issue.location.file ?? issue.location.table ?? '',
        issue.location.row ?? '',
        issue.location.column ?? (issue.location.path ? issue.location.path.join('.') : ''),
        issue.message,
      ]),
    }),
    issues.length > limit &&
      h('p', { class: 'govuk-body-s' }, [`Showing the first ${limit} of ${issues.length} issues.`]),
  ]);
}

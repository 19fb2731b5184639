import type { Issue } from '@placewise/model';

const COLUMNS = ['severity', 'code', 'file', 'table', 'row', 'column', 'message'] as const;

/** A CSV cell: quoted when needed, and never read as a spreadsheet formula. */
function cell(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Every issue as CSV (one row each, with where it is), to download from the browser.
 *
 * @example
 * issuesCsv(result.issues) // 'severity,code,file,table,row,column,message\r\nerror,…'
 */
export function issuesCsv(issues: readonly Issue[]): string {
  const lines = [COLUMNS.join(',')];
  for (const issue of issues) {
    const { file, table, row, column, path } = issue.location;
    lines.push(
      [issue.severity, issue.code, file, table, row, column ?? path?.join('.'), issue.message]
        .map(cell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

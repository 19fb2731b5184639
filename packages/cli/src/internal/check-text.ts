import type { Issue } from '@placewise/model';
import type { ReadReturnResult } from '@placewise/ssda903';
import type { CliIo } from '../io.js';
import { summariseIssues } from './issue-summary.js';

function where(issue: Issue): string {
  const { file, table, row, column } = issue.location;
  const place = [file ?? table, row === undefined ? undefined : `row ${row}`, column].filter(Boolean);
  return place.join(' ');
}

/** `placewise ssda903 check` as text: each table's rows, the summary by code, then the issues shown. */
export function printCheckText(result: ReadReturnResult, shown: Issue[], io: CliIo): void {
  io.stdout('Table            File                          Rows  Accepted  Rejected\n');
  for (const t of result.tables) {
    const cells = [t.table.padEnd(16), (t.file ?? '').padEnd(28), String(t.rows).padStart(6)];
    io.stdout(`${cells.join(' ')} ${String(t.accepted).padStart(9)} ${String(t.rejected).padStart(9)}\n`);
  }
  if (result.issues.length === 0) {
    io.stdout('\nNo issues.\n');
    return;
  }
  const summary = summariseIssues(result.issues);
  io.stdout(`\nSummary: ${summary.errors} error(s), ${summary.warnings} warning(s), ${summary.info} info\n`);
  for (const { code, severity, count } of summary.byCode) {
    io.stdout(`  ${severity.padEnd(8)} ${code.padEnd(27)} ${String(count).padStart(7)}\n`);
  }
  if (shown.length === 0) return;
  io.stdout('\nSeverity  Code                        Where                                    Message\n');
  for (const issue of shown) {
    io.stdout(
      `${issue.severity.padEnd(9)} ${issue.code.padEnd(27)} ${where(issue).padEnd(40)} ${issue.message}\n`,
    );
  }
}

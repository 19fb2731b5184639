import type { Issue } from '@placewise/model';
import type { CliIo } from '../io.js';

/** One issue as a line: severity, where (file, row, column, path), message and code. */
export function describeIssue(issue: Issue): string {
  const l = issue.location;
  const at = [l.file, l.row !== undefined ? `row ${l.row}` : '', l.column, l.path?.join('.')]
    .filter(Boolean)
    .join(', ');
  return `${issue.severity} ${at}: ${issue.message} (${issue.code})`;
}

/** Writes the first `max` issues to stderr, one a line, and how many more there are. */
export function writeIssues(io: CliIo, issues: readonly Issue[], max = 100): void {
  for (const issue of issues.slice(0, max)) io.stderr(`${describeIssue(issue)}\n`);
  if (issues.length > max) io.stderr(`… and ${issues.length - max} more issues (use --json for all).\n`);
}

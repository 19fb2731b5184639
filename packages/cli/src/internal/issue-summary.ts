import type { Issue, IssueSeverity } from '@placewise/model';

const RANK: Readonly<Record<IssueSeverity, number>> = { error: 0, warning: 1, info: 2 };

/** How many issues of each code, errors first. */
export interface IssueSummary {
  errors: number;
  warnings: number;
  info: number;
  byCode: { code: string; severity: IssueSeverity; count: number }[];
}

/** Counts issues by severity and by code (errors first, then the most frequent). */
export function summariseIssues(issues: readonly Issue[]): IssueSummary {
  const byCode = new Map<string, { code: string; severity: IssueSeverity; count: number }>();
  const counts = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) {
    counts[issue.severity]++;
    const seen = byCode.get(issue.code);
    if (seen) seen.count++;
    else byCode.set(issue.code, { code: issue.code, severity: issue.severity, count: 1 });
  }
  const codes = [...byCode.values()].sort(
    (a, b) => RANK[a.severity] - RANK[b.severity] || b.count - a.count || a.code.localeCompare(b.code),
  );
  return { errors: counts.error, warnings: counts.warning, info: counts.info, byCode: codes };
}

/** Issues at `minimum` severity or worse, errors first, each severity in the order found. */
export function orderIssues(issues: readonly Issue[], minimum: IssueSeverity = 'info'): Issue[] {
  const kept = issues.filter((issue) => RANK[issue.severity] <= RANK[minimum]);
  // A stable sort keeps file order within each severity.
  return kept.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

/** Parses `--severity`; `undefined` when the text is not a severity. */
export function parseSeverity(text: string | undefined): IssueSeverity | undefined {
  return text === 'error' || text === 'warning' || text === 'info' ? text : undefined;
}

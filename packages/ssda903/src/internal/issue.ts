import type { Issue, IssueLocation } from '@placewise/model';
import { SSDA903_ISSUE_CODES, type Ssda903IssueCode } from '../issue-codes.js';

/** An issue with the severity its code always has. */
export function issue(code: Ssda903IssueCode, message: string, location: IssueLocation): Issue {
  return { code, severity: SSDA903_ISSUE_CODES[code].severity, message, location };
}

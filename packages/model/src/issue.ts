import * as z from 'zod';

/**
 * How serious an {@link Issue} is: `error` rejects the record, `warning` and `info` keep it.
 *
 * @example
 * IssueSeverity.parse('warning');
 */
export const IssueSeverity = z.enum(['error', 'warning', 'info']);
/** @see {@link IssueSeverity} */
export type IssueSeverity = z.infer<typeof IssueSeverity>;

/**
 * Where an issue was found: a file and its row and column, or a path into a JSON value.
 * Rows are 1-based data rows (the header line is row 0).
 *
 * @example
 * const at: IssueLocation = { file: 'episodes.csv', table: 'Episodes', row: 12, column: 'PLACE' };
 */
export const IssueLocation = z.object({
  file: z.string().optional(),
  table: z.string().optional(),
  row: z.number().int().nonnegative().optional(),
  column: z.string().optional(),
  path: z.array(z.union([z.string(), z.number()])).optional(),
});
/** @see {@link IssueLocation} */
export type IssueLocation = z.infer<typeof IssueLocation>;

/**
 * A coded, located problem with input data. Messages never quote personal values.
 *
 * @example
 * const issue: Issue = {
 *   code: 'postcode.malformed',
 *   severity: 'error',
 *   message: 'HOME_POST is not a UK postcode.',
 *   location: { table: 'Episodes', row: 3, column: 'HOME_POST' },
 * };
 */
export const Issue = z.object({
  code: z.string(),
  severity: IssueSeverity,
  message: z.string(),
  location: IssueLocation,
});
/** @see {@link Issue} */
export type Issue = z.infer<typeof Issue>;

/**
 * The result shape every reader and evaluator returns: a value and the issues found making it.
 *
 * @example
 * const result: Result<number> = { value: 3, issues: [] };
 */
export interface Result<T> {
  value: T;
  issues: Issue[];
}

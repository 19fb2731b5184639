import type * as z from 'zod';
import type { Issue, IssueLocation } from './issue.js';

/**
 * Options for {@link issuesFromZodError}.
 *
 * @example
 * issuesFromZodError(error, { location: { file: 'referrals.json', path: [3] } });
 */
export interface IssuesFromZodErrorOptions {
  /** Location to merge into each issue (e.g. `{ file }`); its `path` prefixes zod's path. Default `{}`. */
  location?: IssueLocation;
}

/**
 * Turns a zod validation error into the model's located {@link Issue}s, coded `schema.<zod code>`
 * (e.g. `schema.invalid_type`). zod's messages name the expected shape, never the input value; an unknown
 * key (`schema.unrecognized_keys`, from {@link strictObject}) is named with the known key it most likely meant, one
 * issue per key, located at the key.
 *
 * @example
 * const result = Referral.safeParse(input);
 * if (!result.success) issuesFromZodError(result.error, { location: { file: 'referral.json' } });
 */
export function issuesFromZodError(error: z.ZodError, options: IssuesFromZodErrorOptions = {}): Issue[] {
  const { path: prefix = [], ...location } = options.location ?? {};
  return error.issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    const at = (message: string, key: (string | number)[]): Issue => ({
      code: `schema.${issue.code}`,
      severity: 'error',
      message,
      location: { ...location, path: [...path, ...key] },
    });
    if (issue.code !== 'unrecognized_keys') return [at(issue.message, [])];
    // strictObject says one sentence per key: each unknown key becomes an issue located at the key itself.
    const sentences = issue.message.split(/; (?=unknown field )/);
    if (sentences.length !== issue.keys.length)
      return [at(issue.message, issue.keys.length === 1 ? issue.keys : [])];
    return issue.keys.map((key, i) => at(sentences[i] as string, [key]));
  });
}

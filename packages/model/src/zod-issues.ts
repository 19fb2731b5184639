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
 * key (`schema.unrecognized_keys`) is named with the known key it most likely meant, and located at it.
 *
 * @example
 * const result = Referral.safeParse(input);
 * if (!result.success) issuesFromZodError(result.error, { location: { file: 'referral.json' } });
 */
export function issuesFromZodError(error: z.ZodError, options: IssuesFromZodErrorOptions = {}): Issue[] {
  const { path: prefix = [], ...location } = options.location ?? {};
  return error.issues.map((issue) => {
    // An unknown key is located at the key itself when there is just one.
    const key = issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? issue.keys : [];
    return {
      code: `schema.${issue.code}`,
      severity: 'error',
      message: issue.message,
      location: {
        ...location,
        path: [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), ...key],
      },
    };
  });
}

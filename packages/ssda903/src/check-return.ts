import type { Child, Episode, Result } from '@placewise/model';
import {
  findDuplicateChildren,
  findEpisodeProblems,
  findUascProblems,
  type Located,
} from './internal/cross-checks.js';
import type { Ssda903Return } from './return.js';
import type { UascRecord } from './uasc.js';

/** Options for {@link checkReturn}. */
export interface CheckReturnOptions {
  /** Report episodes whose child has no Header record. Default: when `children` is not empty. */
  requireHeaders?: boolean;
}

function locate<T>(records: readonly T[]): Located<T> {
  return { records, rowOf: (i) => i + 1, fileOf: () => undefined };
}

/**
 * Runs the checks that span records on a return already in memory (for example one gathered with
 * `streamTable`): duplicate children, episodes with no Header record, overlapping episodes (the earlier
 * one cut short at the later one's start), UASC rows repeated or with no Header record. Rows in the issues are 1-based positions in the arrays.
 * Returns the return without the rejected records and with the cut-short episodes ended.
 *
 * @example
 * const { value, issues } = checkReturn({ ...emptyReturn(), children, episodes });
 */
export function checkReturn(input: Ssda903Return, options: CheckReturnOptions = {}): Result<Ssda903Return> {
  const issues: Result<Ssda903Return>['issues'] = [];
  const duplicates = findDuplicateChildren(locate<Child>(input.children), issues);
  const requireHeaders = options.requireHeaders ?? input.children.length > 0;
  const childIds = requireHeaders ? new Set(input.children.map((child) => child.id)) : undefined;
  const bad = findEpisodeProblems(locate<Episode>(input.episodes), childIds, issues);
  const uasc = findUascProblems(locate<UascRecord>(input.uasc), childIds, issues);
  return {
    value: {
      ...input,
      children: input.children.filter((_, i) => !duplicates.has(i)),
      uasc: input.uasc.filter((_, i) => !uasc.has(i)),
      episodes: input.episodes.flatMap((episode, i) => {
        if (bad.rejected.has(i)) return [];
        const end = bad.truncated.get(i);
        return end === undefined ? [episode] : [{ ...episode, end, reasonEpisodeCeased: 'X1' }];
      }),
    },
    issues,
  };
}

import type { Child, Episode, Issue, IssueLocation } from '@placewise/model';
import { issue } from './issue.js';

/** Records of one table with the data row each came from, and where its issues point. */
export interface Located<T> {
  records: readonly T[];
  rows: readonly number[];
  /** The file each record came from, where known. */
  files: readonly (string | undefined)[];
}

function where(table: string, located: Located<unknown>, i: number, column: string): IssueLocation {
  const row = located.rows[i] as number;
  const file = located.files[i];
  return file !== undefined ? { file, table, row, column } : { table, row, column };
}

/** Indexes of Header records repeating an earlier record's CHILD, each with a `child.duplicate` issue. */
export function findDuplicateChildren(children: Located<Child>, issues: Issue[]): Set<number> {
  const seen = new Set<string>();
  const rejected = new Set<number>();
  children.records.forEach((child, i) => {
    if (!seen.has(child.id)) {
      seen.add(child.id);
      return;
    }
    rejected.add(i);
    issues.push(issue('child.duplicate', 'This CHILD already has a Header row.', where('Header', children, i, 'CHILD')));
  });
  return rejected;
}

/**
 * Indexes of episodes that are for a child with no Header row (`episode.no-header`) or that start
 * before the same child's earlier episode ends (`episode.overlap`; the later episode is the one rejected).
 * An episode that ends on the day the next begins does not overlap it (REC X1).
 */
export function findEpisodeProblems(
  episodes: Located<Episode>,
  childIds: ReadonlySet<string> | undefined,
  issues: Issue[],
): Set<number> {
  const rejected = new Set<number>();
  const byChild = new Map<string, number[]>();
  episodes.records.forEach((episode, i) => {
    if (childIds && !childIds.has(episode.childId)) {
      rejected.add(i);
      const at = where('Episodes', episodes, i, 'CHILD');
      issues.push(issue('episode.no-header', 'No Header row has this CHILD.', at));
      return;
    }
    const list = byChild.get(episode.childId);
    if (list) list.push(i);
    else byChild.set(episode.childId, [i]);
  });
  for (const indexes of byChild.values()) {
    if (indexes.length < 2) continue;
    const start = (i: number) => (episodes.records[i] as Episode).start;
    indexes.sort((a, b) => (start(a) < start(b) ? -1 : start(a) > start(b) ? 1 : a - b));
    let openUntil: string | undefined = (episodes.records[indexes[0] as number] as Episode).end;
    let open = openUntil === undefined;
    for (let k = 1; k < indexes.length; k++) {
      const i = indexes[k] as number;
      const episode = episodes.records[i] as Episode;
      if (open || (openUntil !== undefined && episode.start < openUntil)) {
        rejected.add(i);
        const message = "The episode starts before the child's previous episode ends.";
        issues.push(issue('episode.overlap', message, where('Episodes', episodes, i, 'DECOM')));
        continue;
      }
      openUntil = episode.end;
      open = episode.end === undefined;
    }
  }
  return rejected;
}

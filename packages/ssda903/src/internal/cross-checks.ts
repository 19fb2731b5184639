import type { Child, Episode, Issue, IssueLocation } from '@placewise/model';
import type { UascRecord } from '../uasc.js';
import { issue } from './issue.js';

/** The Header table's CHILD values, as the checks ask of them: a `Set`, or a {@link SortedIds}. */
export type ChildIds = Pick<ReadonlySet<string>, 'has'> & Iterable<string>;

/**
 * CHILD values in strictly ascending order (as returns list them, so each once), asked by binary search: the
 * checks ask once per run of a child's episodes, and a list costs less to grow than a set to fill.
 */
export class SortedIds implements ChildIds {
  constructor(private readonly ids: readonly string[]) {}

  has(id: string): boolean {
    let lo = 0;
    let hi = this.ids.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const at = this.ids[mid] as string;
      if (at === id) return true;
      if (at < id) lo = mid + 1;
      else hi = mid;
    }
    return false;
  }

  [Symbol.iterator](): Iterator<string> {
    return this.ids[Symbol.iterator]();
  }
}

/** Records of one table with the data row each came from, and where its issues point. */
export interface Located<T> {
  records: readonly T[];
  /** The data row record `i` came from. */
  rowOf: (i: number) => number;
  /** The file record `i` came from, where known (asked only for the records an issue names). */
  fileOf: (i: number) => string | undefined;
}

function where(table: string, located: Located<unknown>, i: number, column: string): IssueLocation {
  const row = located.rowOf(i);
  const file = located.fileOf(i);
  return file !== undefined ? { file, table, row, column } : { table, row, column };
}

/**
 * Where an earlier record is, as a message names it for record `i`: `row 4`, or `row 4 of episodes (1).csv`
 * when it came from another file (a table read from two files, such as one downloaded twice).
 */
function rowOf(located: Located<unknown>, earlier: number, i: number): string {
  const file = located.fileOf(earlier);
  const row = `row ${located.rowOf(earlier)}`;
  return file !== undefined && file !== located.fileOf(i) ? `${row} of ${file}` : row;
}

/** Indexes of Header records repeating an earlier record's CHILD, each with a `child.duplicate` issue. */
export function findDuplicateChildren(children: Located<Child>, issues: Issue[]): Set<number> {
  const rejected = new Set<number>();
  const records = children.records;
  const seen = new Map<string, number>();
  for (let i = 0; i < records.length; i++) {
    const id = (records[i] as Child).id;
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, i);
      continue;
    }
    rejected.add(i);
    issues.push(
      issue(
        'child.duplicate',
        `This CHILD already has a Header row (${rowOf(children, first, i)}).`,
        where('Header', children, i, 'CHILD'),
      ),
    );
  }
  return rejected;
}

/**
 * Indexes of UASC rows to reject: a row for a child with no Header row (`uasc.no-header`; checked only when
 * `childIds` is given), and a row repeating an earlier UASC row's CHILD (`uasc.duplicate`: a child has one
 * UASC row, so the first is kept and a later one, perhaps with another DUC, cannot silently replace it).
 */
export function findUascProblems(
  uasc: Located<UascRecord>,
  childIds: ChildIds | undefined,
  issues: Issue[],
): Set<number> {
  const seen = new Map<string, number>();
  const rejected = new Set<number>();
  uasc.records.forEach((row, i) => {
    const first = seen.get(row.childId);
    if (childIds && !childIds.has(row.childId)) {
      rejected.add(i);
      issues.push(issue('uasc.no-header', 'No Header row has this CHILD.', where('UASC', uasc, i, 'CHILD')));
    } else if (first !== undefined) {
      rejected.add(i);
      issues.push(
        issue(
          'uasc.duplicate',
          `This CHILD already has a UASC row (${rowOf(uasc, first, i)}).`,
          where('UASC', uasc, i, 'CHILD'),
        ),
      );
    } else seen.set(row.childId, i);
  });
  return rejected;
}

/** What the episode checks found: episodes to reject, and episodes to end early (index → new DEC). */
export interface EpisodeProblems {
  rejected: Set<number>;
  truncated: Map<number, string>;
}

/**
 * Episodes that are for a child with no Header row (`episode.no-header`, rejected), and episodes that
 * start before the same child's earlier episode ends: the earlier one is cut short at the later one's
 * DECOM (`episode.truncated`, both kept, so the child is still counted), unless both start on the same
 * day, which cannot be resolved (`episode.overlap`, the later is rejected). An episode that ends on the
 * day the next begins does not overlap it (REC X1).
 */
export function findEpisodeProblems(
  episodes: Located<Episode>,
  childIds: ChildIds | undefined,
  issues: Issue[],
): EpisodeProblems {
  const truncated = new Map<number, string>();
  const rejected = new Set<number>();
  const records = episodes.records;
  if (childIds) {
    // A child's episodes are usually adjacent: the answer for the CHILD before holds while it repeats.
    let id: string | undefined;
    let known = false;
    for (let i = 0; i < records.length; i++) {
      const childId = (records[i] as Episode).childId;
      if (childId !== id) {
        id = childId;
        known = childIds.has(childId);
      }
      if (known) continue;
      rejected.add(i);
      issues.push(
        issue('episode.no-header', 'No Header row has this CHILD.', where('Episodes', episodes, i, 'CHILD')),
      );
    }
  }
  if (childIds && rejected.size > 0) issues.push(...leadingZeroHint(episodes, rejected, childIds));
  // The episodes kept, in the order checked: all of them as read when none is rejected.
  let order: number[] | undefined;
  if (rejected.size > 0) {
    order = [];
    for (let i = 0; i < records.length; i++) if (!rejected.has(i)) order.push(i);
  }
  // Returns are usually sorted by child and start already; sort only when they are not.
  if (!isGrouped(records, order)) {
    order ??= Array.from(records, (_, i) => i);
    order.sort(byChildAndStart(records));
  }
  const count = order ? order.length : records.length;
  let previous = -1;
  for (let k = 0; k < count; k++) {
    const i = order ? (order[k] as number) : k;
    const episode = records[i] as Episode;
    const before = previous < 0 ? undefined : (episodes.records[previous] as Episode);
    if (before !== undefined && before.childId === episode.childId) {
      // Most returns cut nothing short: no lookup then.
      const end = (truncated.size === 0 ? undefined : truncated.get(previous)) ?? before.end;
      if (end === undefined || episode.start < end) {
        if (episode.start <= before.start) {
          rejected.add(i);
          const message = `The episode starts on the same day as the child's episode at ${rowOf(episodes, previous, i)}; it cannot be placed after it.`;
          issues.push(issue('episode.overlap', message, where('Episodes', episodes, i, 'DECOM')));
          continue;
        }
        truncated.set(previous, episode.start);
        const message = `The episode at ${rowOf(episodes, previous, i)} had not ended when this one began; it is cut short at this DECOM (REC X1) and both are kept.`;
        issues.push(issue('episode.truncated', message, where('Episodes', episodes, i, 'DECOM')));
      }
    }
    previous = i;
  }
  return { rejected, truncated };
}

/**
 * Whether each child's episodes (those at `order`, or all) form one run, in start order. Episodes sorted
 * by CHILD are answered by comparisons alone; a set of the children passed is made only otherwise.
 */
function isGrouped(records: readonly Episode[], order: readonly number[] | undefined): boolean {
  const count = order ? order.length : records.length;
  let previous: Episode | undefined;
  let k = 0;
  for (; k < count; k++) {
    const episode = records[order ? (order[k] as number) : k] as Episode;
    if (previous && episode.childId === previous.childId) {
      if (episode.start < previous.start) return false;
    } else if (previous && episode.childId < previous.childId) break;
    previous = episode;
  }
  if (k === count) return true;
  const finished = new Set<string>();
  previous = undefined;
  for (k = 0; k < count; k++) {
    const episode = records[order ? (order[k] as number) : k] as Episode;
    if (previous && episode.childId === previous.childId) {
      if (episode.start < previous.start) return false;
    } else {
      if (finished.has(episode.childId)) return false;
      if (previous) finished.add(previous.childId);
    }
    previous = episode;
  }
  return true;
}

function byChildAndStart(records: readonly Episode[]): (a: number, b: number) => number {
  return (a, b) => {
    const x = records[a] as Episode;
    const y = records[b] as Episode;
    if (x.childId !== y.childId) return x.childId < y.childId ? -1 : 1;
    if (x.start !== y.start) return x.start < y.start ? -1 : 1;
    return a - b;
  };
}

const withoutLeadingZeros = (id: string): string => id.replace(/^0+(?=.)/, '');

/**
 * One `child.leading-zeros` warning when episodes rejected for having no Header row would match a Header
 * CHILD once leading zeros are ignored on both sides (`0123` and `123`): a spreadsheet opened and saved in
 * Excel drops them from one file and not the other, and this says so rather than leave only a row-by-row
 * `episode.no-header` for every episode. Located at the first such episode.
 */
function leadingZeroHint(
  episodes: Located<Episode>,
  rejected: ReadonlySet<number>,
  childIds: ChildIds,
): Issue[] {
  const stripped = new Set([...childIds].map(withoutLeadingZeros));
  let count = 0;
  let first = -1;
  for (const i of rejected) {
    const id = (episodes.records[i] as Episode).childId;
    if (!stripped.has(withoutLeadingZeros(id))) continue;
    count += 1;
    if (first < 0) first = i;
  }
  if (count === 0) return [];
  return [
    issue(
      'child.leading-zeros',
      `${count} episode${count === 1 ? ' has' : 's have'} a CHILD that matches a Header row's only when leading zeros are ignored (0123 and 123): a spreadsheet may have dropped them from one file. Check that neither file was saved from Excel.`,
      where('Episodes', episodes, first, 'CHILD'),
    ),
  ];
}

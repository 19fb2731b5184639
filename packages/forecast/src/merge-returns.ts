import {
  type Child,
  type CollectionYear,
  collectionYearBounds,
  type Episode,
  type IsoDate,
  type Issue,
  type Result,
} from '@placewise/model';
import type { Coverage } from '@placewise/ssda903';
import { sumCoverage } from './internal/coverage.js';
import { fromDay, toDay } from './internal/day.js';
import { compareEpisodes } from './internal/episode-order.js';

/**
 * One collection year's SSDA903 return, as read by `@placewise/ssda903`: its header rows and episodes.
 *
 * @example
 * const year: AnnualReturn = { collectionYear: '2023-24', children: [], episodes: [] };
 */
export interface AnnualReturn {
  collectionYear: CollectionYear;
  children: readonly Child[];
  episodes: readonly Episode[];
  /** Rows read and used (from `readReturnsByYear` or `coverageOf`), carried into the history. */
  coverage?: Coverage;
}

/**
 * Several years of returns merged into one history per child: the input of {@link buildFlowModel}.
 * `coveredFrom`/`coveredTo` bound the collection years the returns cover (1 April to 31 March).
 *
 * @example
 * const history: LongitudinalHistory = { children: [], episodes: [], coveredFrom: '2021-04-01', coveredTo: '2024-03-31' };
 */
export interface LongitudinalHistory {
  children: Child[];
  episodes: Episode[];
  coveredFrom?: IsoDate;
  coveredTo?: IsoDate;
  /** What merging changed (set by {@link mergeReturns}). */
  merge?: MergeSummary;
  /** Rows read and used, summed over the returns that carried coverage. */
  coverage?: Coverage;
}

function yearBounds(year: CollectionYear): { start: number; end: number } {
  const bounds = collectionYearBounds(year);
  return { start: toDay(bounds.start), end: toDay(bounds.end) };
}

/**
 * How {@link mergeReturns} treats an episode that an earlier return holds and a later return covering its
 * dates omits. `latest-wins` (the default) drops it: right when councils resubmit corrected years, because a
 * corrected DECOM leaves the old row behind. `union` keeps it, closed on the day the later return's year
 * begins (or on the child's next DECOM in that return, if earlier): right when a system exports only the
 * children open at the time, so that later files lose children who were really in care.
 *
 * @example
 * mergeReturns(years, { merge: 'union' });
 */
export type MergeStrategy = 'latest-wins' | 'union';

/**
 * Options of {@link mergeReturns}.
 *
 * @example
 * const options: MergeReturnsOptions = { merge: 'union' };
 */
export interface MergeReturnsOptions {
  /** Default `'latest-wins'`. */
  merge?: MergeStrategy;
}

/**
 * How many episodes merging changed: `replaced` by the same CHILD + DECOM in a later return, and of the
 * episodes a later return omitted, how many were `dropped` (latest-wins) or `closed` (union). `omitted` is
 * the same under both strategies, so a user sees what the other choice would have done. `duplicates`:
 * rows that shared CHILD + DECOM with a later row of the same return, which replaced them (a return read by
 * `@placewise/ssda903` has none: it rejects such a row as an overlap; one built by a caller may).
 *
 * @example
 * const merge: MergeSummary = { strategy: 'latest-wins', replaced: 310, omitted: 4, dropped: 4, closed: 0, duplicates: 0 };
 */
export interface MergeSummary {
  strategy: MergeStrategy;
  replaced: number;
  omitted: number;
  dropped: number;
  closed: number;
  duplicates: number;
}

/**
 * Merges several collection years' returns into one longitudinal history, later years correcting earlier ones.
 *
 * Rules, applied oldest year first:
 * 1. A child's header row in a later return replaces the earlier one whole.
 * 2. An episode is keyed by CHILD + DECOM; the same key in a later return replaces the earlier episode
 *    (this is how an episode open on 31 March gets its DEC a year later).
 * 3. An earlier episode that overlaps a later return's year but is absent from it is, with `merge:
 *    'latest-wins'` (default), dropped as superseded (how a corrected DECOM removes the old row); with
 *    `merge: 'union'`, kept and closed when that year begins or at the child's next DECOM in that return,
 *    whichever is first. See {@link MergeStrategy} for when each is right.
 * Two rows of one return with the same CHILD + DECOM (or two header rows with the same CHILD) are one
 * record given twice: the later row is kept and the earlier reported, as `forecast.merge.duplicate` located
 * by its path in `years`.
 * Records in = episodes kept + replaced + dropped + duplicates; `merge` in the history counts each, and so
 * do the issues.
 * Each return's `coverage` (from `readReturnsByYear`) is summed into the history's.
 *
 * @example
 * const { value: history } = mergeReturns([year2022, year2023], { merge: 'union' });
 * history.merge; // { strategy: 'union', replaced: 310, omitted: 4, dropped: 0, closed: 4 }
 */
export function mergeReturns(
  years: readonly AnnualReturn[],
  options: MergeReturnsOptions = {},
): Result<LongitudinalHistory> {
  const strategy = options.merge ?? 'latest-wins';
  const ordered = [...years].sort((a, b) => a.collectionYear.localeCompare(b.collectionYear));
  // Each child's latest header row, in order of first appearance (as a Map keyed by CHILD would keep them):
  // written over one array as long as all the header rows (concat makes it at that size, where pushing grew
  // it again and again) and cut to the children's number at the end.
  const children = ([] as Child[]).concat(...ordered.map((year) => year.children));
  let childCount = 0;
  const slots = new Map<string, number>();
  /** The pass (index in `ordered`) and row that last gave each slot's child. */
  const seenIn = new Int32Array(children.length);
  const seenAt = new Int32Array(children.length);
  // Every episode kept so far, ordered by child and DECOM; each year's return is merged into it in one walk.
  let kept: Episode[] = [];
  const summary: MergeSummary = { strategy, replaced: 0, omitted: 0, dropped: 0, closed: 0, duplicates: 0 };
  const duplicates: Issue[] = [];
  for (let pass = 0; pass < ordered.length; pass++) {
    const year = ordered[pass] as AnnualReturn;
    const { start, end } = yearBounds(year.collectionYear);
    // ISO dates compare as text in date order: no day numbers for every episode of every year.
    const [startIso, endIso] = [fromDay(start), fromDay(end)];
    const at = years.indexOf(year);
    // One lookup per header row: its child's slot, which says in which year and row the child was last seen.
    for (let i = 0; i < year.children.length; i++) {
      const child = year.children[i] as Child;
      const slot = slots.get(child.id);
      if (slot === undefined) {
        slots.set(child.id, childCount);
        children[childCount] = child;
        seenIn[childCount] = pass;
        seenAt[childCount] = i;
        childCount += 1;
        continue;
      }
      if (seenIn[slot] === pass)
        duplicates.push(duplicateIssue('Header', 'children', at, seenAt[slot] as number, i));
      children[slot] = child;
      seenIn[slot] = pass;
      seenAt[slot] = i;
    }
    const incoming = orderedOnce(year.episodes, (earlier, later) => {
      summary.duplicates += 1;
      duplicates.push(duplicateIssue('Episodes', 'episodes', at, earlier, later));
    });
    const nextStarts = strategy === 'union' ? startsByChild(year.episodes) : undefined;
    // Both lists are in CHILD + DECOM order with one row per key: one walk pairs them, and keeps the order.
    // The merged list is written over one array of both lists' length (`concat` makes it at that size, where
    // pushing grew it again and again) and then cut to what was kept: it never holds more than both.
    const merged = kept.concat(incoming);
    let count = 0;
    let i = 0;
    let j = 0;
    while (i < kept.length || j < incoming.length) {
      const episode = kept[i];
      const later = incoming[j];
      const order = episode === undefined ? 1 : later === undefined ? -1 : compareEpisodes(episode, later);
      if (order > 0) {
        merged[count++] = later as Episode;
        j++;
        continue;
      }
      i++;
      if (order === 0) {
        summary.replaced += 1;
        merged[count++] = later as Episode;
        j++;
        continue;
      }
      const e = episode as Episode;
      const overlaps = e.start <= endIso && (e.end === undefined || e.end >= startIso);
      if (!overlaps) {
        merged[count++] = e;
        continue;
      }
      summary.omitted += 1;
      if (nextStarts) {
        merged[count++] = closeAt(e, start, nextStarts.get(e.childId));
        summary.closed += 1;
      } else summary.dropped += 1;
    }
    merged.length = count;
    kept = merged;
  }
  children.length = childCount;
  const value: LongitudinalHistory = {
    children,
    // Code-unit order (not the locale's): the order the derivation and the forecast walk in.
    episodes: kept,
    merge: summary,
  };
  const coverage = sumCoverage(ordered.flatMap((y) => (y.coverage ? [y.coverage] : [])));
  if (coverage) value.coverage = coverage;
  const first = ordered[0];
  const last = ordered[ordered.length - 1];
  if (first && last) {
    value.coveredFrom = fromDay(yearBounds(first.collectionYear).start);
    value.coveredTo = fromDay(yearBounds(last.collectionYear).end);
  }
  return { value, issues: [...duplicates, ...mergeIssues(summary)] };
}

/**
 * A return's episodes in CHILD + DECOM order (`compareEpisodes`), one per key: of rows with the same key the
 * last is kept, and `duplicate` is told of each row replaced and the row that replaced it (input indices),
 * in the later rows' order. A return read by `@placewise/ssda903` usually comes in that order already, so
 * it is checked first and then used as it is.
 */
function orderedOnce(
  episodes: readonly Episode[],
  duplicate: (earlier: number, later: number) => void,
): readonly Episode[] {
  let ordered = true;
  for (let i = 1; i < episodes.length && ordered; i++)
    ordered = compareEpisodes(episodes[i - 1] as Episode, episodes[i] as Episode) < 0;
  if (ordered) return episodes;
  // A stable sort of the indices keeps rows with the same key in input order, each after the one it replaces.
  const indices = Array.from(episodes.keys()).sort(
    (a, b) => compareEpisodes(episodes[a] as Episode, episodes[b] as Episode) || a - b,
  );
  const once: Episode[] = [];
  const replaced: [number, number][] = [];
  for (let k = 0; k < indices.length; k++) {
    const index = indices[k] as number;
    const next = indices[k + 1];
    if (next !== undefined && compareEpisodes(episodes[index] as Episode, episodes[next] as Episode) === 0)
      replaced.push([index, next]);
    else once.push(episodes[index] as Episode);
  }
  replaced.sort((a, b) => a[1] - b[1]);
  for (const [earlier, later] of replaced) duplicate(earlier, later);
  return once;
}

/** An earlier row of one return that a later row with the same key replaced, located by its path in the input. */
function duplicateIssue(table: string, rows: string, year: number, earlier: number, later: number): Issue {
  const key = table === 'Header' ? 'CHILD' : 'CHILD and DECOM';
  return {
    code: 'forecast.merge.duplicate',
    severity: 'warning',
    message: `This ${table === 'Header' ? 'header' : 'episode'} row has the same ${key} as row ${later} of the same return (indices from 0); the later row was kept.`,
    location: { table, path: [year, rows, earlier] },
  };
}

/** Each child's DECOMs in a return, ascending, as day numbers. */
function startsByChild(episodes: readonly Episode[]): Map<string, number[]> {
  const starts = new Map<string, number[]>();
  for (const e of episodes) {
    const list = starts.get(e.childId) ?? [];
    list.push(toDay(e.start));
    starts.set(e.childId, list);
  }
  for (const list of starts.values()) list.sort((a, b) => a - b);
  return starts;
}

/** The episode ended at the year's start or the child's next DECOM after it began, whichever is first. */
function closeAt(episode: Episode, yearStart: number, starts: readonly number[] | undefined): Episode {
  const begin = toDay(episode.start);
  const next = starts?.find((day) => day > begin);
  const after = [yearStart, next ?? yearStart].filter((day) => day > begin);
  if (after.length === 0) return episode;
  const close = Math.min(...after);
  if (episode.end !== undefined && toDay(episode.end) <= close) return episode;
  return { ...episode, end: fromDay(close) };
}

function mergeIssues(summary: MergeSummary): Issue[] {
  const issues: Issue[] = [];
  if (summary.replaced > 0)
    issues.push(mergeIssue('forecast.merge.replaced', summary.replaced, 'were replaced by a later return'));
  if (summary.dropped > 0)
    issues.push(
      mergeIssue(
        'forecast.merge.superseded',
        summary.dropped,
        "were absent from a later return covering them and were dropped (merge 'latest-wins')",
      ),
    );
  if (summary.closed > 0)
    issues.push(
      mergeIssue(
        'forecast.merge.closed',
        summary.closed,
        "were absent from a later return covering them and were kept, closed when it began (merge 'union')",
      ),
    );
  return issues;
}

function mergeIssue(code: string, count: number, what: string): Issue {
  return {
    code,
    severity: 'info',
    message: `${count} episode row${count === 1 ? '' : 's'} from earlier returns ${what}.`,
    location: { table: 'Episodes' },
  };
}

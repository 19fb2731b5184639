import {
  type Child,
  type CollectionYear,
  collectionYearBounds,
  type Episode,
  type IsoDate,
  type Issue,
  type Result,
} from '@placewise/model';
import { fromDay, toDay } from './internal/day.js';

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
}

function yearBounds(year: CollectionYear): { start: number; end: number } {
  const bounds = collectionYearBounds(year);
  return { start: toDay(bounds.start), end: toDay(bounds.end) };
}

/**
 * Merges several collection years' returns into one longitudinal history, later years correcting earlier ones.
 *
 * Rules, applied oldest year first:
 * 1. A child's header row in a later return replaces the earlier one whole.
 * 2. An episode is keyed by CHILD + DECOM; the same key in a later return replaces the earlier episode
 *    (this is how an episode open on 31 March gets its DEC a year later).
 * 3. A later return is authoritative for its own year: an earlier episode that overlaps that year but is
 *    absent from it is dropped as superseded (how a corrected DECOM removes the old row). Each is reported
 *    as a `forecast.merge.superseded` info issue.
 * Records in = episodes kept + replaced + superseded; the issues carry the counts.
 *
 * @example
 * const { value: history } = mergeReturns([year2022, year2023]);
 */
export function mergeReturns(years: readonly AnnualReturn[]): Result<LongitudinalHistory> {
  const ordered = [...years].sort((a, b) => a.collectionYear.localeCompare(b.collectionYear));
  const children = new Map<string, Child>();
  let episodes = new Map<string, Episode>();
  let replaced = 0;
  let superseded = 0;
  for (const year of ordered) {
    const { start, end } = yearBounds(year.collectionYear);
    for (const child of year.children) children.set(child.id, child);
    const incoming = new Map(year.episodes.map((e) => [`${e.childId}|${e.start}`, e]));
    const kept = new Map<string, Episode>();
    for (const [key, episode] of episodes) {
      if (incoming.has(key)) {
        replaced += 1;
        continue;
      }
      const overlaps =
        toDay(episode.start) <= end && (episode.end === undefined || toDay(episode.end) >= start);
      if (overlaps) superseded += 1;
      else kept.set(key, episode);
    }
    for (const [key, episode] of incoming) kept.set(key, episode);
    episodes = kept;
  }
  const issues: Issue[] = [];
  if (replaced > 0)
    issues.push(mergeIssue('forecast.merge.replaced', replaced, 'were replaced by a later return'));
  if (superseded > 0)
    issues.push(
      mergeIssue(
        'forecast.merge.superseded',
        superseded,
        'were absent from a later return covering them and were dropped',
      ),
    );
  const value: LongitudinalHistory = {
    children: [...children.values()],
    episodes: [...episodes.values()].sort(
      (a, b) => a.childId.localeCompare(b.childId) || a.start.localeCompare(b.start),
    ),
  };
  const first = ordered[0];
  const last = ordered[ordered.length - 1];
  if (first && last) {
    value.coveredFrom = fromDay(yearBounds(first.collectionYear).start);
    value.coveredTo = fromDay(yearBounds(last.collectionYear).end);
  }
  return { value, issues };
}

function mergeIssue(code: string, count: number, what: string): Issue {
  return {
    code,
    severity: 'info',
    message: `${count} episode row${count === 1 ? '' : 's'} from earlier returns ${what}.`,
    location: { table: 'Episodes' },
  };
}

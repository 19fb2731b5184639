import type { Episode } from '@placewise/model';
import { isShortBreakStatus, orderEpisodes, startsPeriod } from './internal/episode-order.js';
import type { PeriodOfCare } from './period-of-care.js';

/** Options for {@link derivePeriodsOfCare}. */
export interface DerivePeriodsOfCareOptions {
  /** Keep short-break episodes (LS V3/V4), which DfE leaves out. Default false. */
  includeShortBreaks?: boolean;
}

/**
 * Turns SSDA903 episodes into periods of care, with the same rules as `derivePlacements` (see
 * {@link PLACEMENT_RULES}): short breaks are left out (`short-breaks-left-out`), and a period begins at RNE S
 * or at an episode that does not begin on the day the previous one ended (`period-starts`). Ordered by child
 * id, then start. A period whose `end` is 31 March has ended by the end of that day (`ends-on-31-march`):
 * use {@link isOpenAt} to ask whether one is open on a date.
 *
 * @example
 * const periods = derivePeriodsOfCare(episodes);
 * const lookedAfter = periods.filter((p) => isOpenAt(p, '2025-03-31')).length;
 */
export function derivePeriodsOfCare(
  episodes: readonly Episode[],
  options: DerivePeriodsOfCareOptions = {},
): PeriodOfCare[] {
  const periods: PeriodOfCare[] = [];
  let current: PeriodOfCare | undefined;
  let previous: Episode | undefined;
  // A period ends as its last episode does: its end and reason are set once, when the period is complete,
  // rather than set and deleted episode by episode (a deleted property leaves an object in the engine's slow
  // dictionary form). The keys come in the same order either way: `end`, then `reasonCeased`.
  for (const episode of orderEpisodes(episodes)) {
    if (!options.includeShortBreaks && isShortBreakStatus(episode.legalStatus)) continue;
    if (!current || startsPeriod(episode, previous)) {
      if (current) close(current, previous as Episode);
      current = {
        id: `${episode.childId}/${episode.start}`,
        childId: episode.childId,
        start: episode.start,
        startedWithS: episode.reasonNewEpisode === 'S',
        episodeCount: 0,
      };
      periods.push(current);
    }
    current.episodeCount += 1;
    previous = episode;
  }
  if (current) close(current, previous as Episode);
  return periods;
}

/** Ends a period as its last episode ends (an open episode leaves it open). */
function close(period: PeriodOfCare, last: Episode): void {
  if (last.end === undefined) return;
  period.end = last.end;
  if (last.reasonEpisodeCeased !== undefined) period.reasonCeased = last.reasonEpisodeCeased;
}

/**
 * Whether a period of care, placement or episode is open at the end of `date` (rule `ends-on-31-march`): it
 * began on or before the date and has not ended, or ends after it. One ending on the date is not open.
 *
 * @example
 * isOpenAt({ start: '2024-05-01', end: '2025-03-31' }, '2025-03-31'); // false
 */
export function isOpenAt(span: { start: string; end?: string | undefined }, date: string): boolean {
  return span.start <= date && (span.end === undefined || span.end > date);
}

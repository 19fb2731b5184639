import type { Episode } from '@placewise/model';
import { describe, expect, it } from 'vitest';
import { usableEpisodes } from './usable-episodes.js';

const episode = (childId: string, start: string, end?: string): Episode => ({
  childId,
  start,
  ...(end ? { end } : {}),
  reasonNewEpisode: 'P',
  legalStatus: 'C2',
  categoryOfNeed: 'N1',
  placementType: 'U4',
});
const children = ['A', 'B'].map((id) => ({
  id,
  sex: 'female' as const,
  dateOfBirth: '2012-01-01',
  uasc: false,
}));

describe('usableEpisodes', () => {
  it('orders episodes by child then DECOM and cuts one left open at the next DECOM, with one warning', () => {
    const history = {
      children,
      episodes: [
        episode('B', '2024-02-01'),
        episode('A', '2024-03-01', '2024-04-01'),
        episode('A', '2024-01-01'), // left open, though another episode begins on 1 March
        episode('A', '2024-04-01', '2024-06-01'),
      ],
    };
    const { episodes, issues } = usableEpisodes(history, { includeShortBreaks: false });
    expect(episodes.map((e) => [e.childId, e.start, e.end])).toEqual([
      ['A', '2024-01-01', '2024-03-01'],
      ['A', '2024-03-01', '2024-04-01'],
      ['A', '2024-04-01', '2024-06-01'],
      ['B', '2024-02-01', undefined],
    ]);
    expect(issues.map((i) => [i.code, i.severity])).toEqual([['forecast.episode.overlap', 'warning']]);
    expect(history.episodes[2]?.end).toBeUndefined(); // the input is not changed
  });

  it('keeps short breaks when asked, and leaves each unusable episode out with a located error', () => {
    const history = {
      children,
      episodes: [
        { ...episode('A', '2024-01-01', '2024-01-03'), legalStatus: 'V4' },
        episode('Z', '2024-01-01'),
        episode('B', '2024-05-01', '2024-04-01'),
      ],
    };
    const kept = usableEpisodes(history, { includeShortBreaks: true });
    expect(kept.episodes).toHaveLength(1);
    expect(kept.issues.map((i) => [i.code, i.location.path])).toEqual([
      ['forecast.episode.no-child', ['episodes', 1]],
      ['forecast.episode.ends-before-start', ['episodes', 2]],
    ]);
    const left = usableEpisodes(history, { includeShortBreaks: false });
    expect(left.episodes).toHaveLength(0);
    expect(left.issues.map((i) => i.code)).toContain('forecast.episode.short-break');
  });
});

import type { Episode } from '@placewise/model';
import { describe, expect, it } from 'vitest';
import { derivePeriodsOfCare, isOpenAt } from './derive-periods-of-care.js';

const ep = (
  childId: string,
  start: string,
  end: string | undefined,
  rne: string,
  extra: Partial<Episode> = {},
): Episode => ({
  childId,
  start,
  ...(end ? { end } : {}),
  reasonNewEpisode: rne,
  legalStatus: 'C2',
  categoryOfNeed: 'N1',
  placementType: 'U4',
  placementProvider: 'PR1',
  ...extra,
});

describe('derivePeriodsOfCare', () => {
  // A period's end and reason are its last episode's, whatever the episodes before it said: a reason given
  // on an earlier episode, or an end followed by an open episode, leaves nothing behind.
  it("ends a period as its last episode ends, with that episode's reason only", () => {
    const episodes = [
      ep('A', '2022-01-01', '2022-03-01', 'S', { reasonEpisodeCeased: 'X1' }),
      ep('A', '2022-03-01', '2022-05-01', 'P'),
      ep('B', '2022-01-01', '2022-03-01', 'S', { reasonEpisodeCeased: 'X1' }),
      ep('B', '2022-03-01', undefined, 'L'),
      ep('C', '2022-01-01', '2022-03-01', 'S'),
      ep('C', '2022-03-01', '2022-04-01', 'P', { reasonEpisodeCeased: 'E13' }),
    ];
    const periods = derivePeriodsOfCare(episodes);
    expect(periods.map((p) => [p.childId, p.end, p.reasonCeased, p.episodeCount])).toEqual([
      ['A', '2022-05-01', undefined, 2],
      ['B', undefined, undefined, 2],
      ['C', '2022-04-01', 'E13', 2],
    ]);
    // Keys as a reader of the JSON sees them: an open period has no `end` key at all.
    expect(periods.map((p) => Object.keys(p).join(' '))).toEqual([
      'id childId start startedWithS episodeCount end',
      'id childId start startedWithS episodeCount',
      'id childId start startedWithS episodeCount end reasonCeased',
    ]);
  });

  it('joins episodes that follow on, splits at RNE S or a gap, and leaves out short breaks', () => {
    // Given out of order, as a merge of two returns might.
    const episodes = [
      ep('B', '2024-02-01', undefined, 'S'),
      ep('A', '2023-04-01', '2023-05-01', 'L'),
      ep('A', '2022-01-01', '2023-04-01', 'S'),
      ep('A', '2023-05-03', '2023-05-05', 'S', { legalStatus: 'V3' }),
      ep('A', '2023-06-01', '2023-07-01', 'S', { reasonEpisodeCeased: 'E4A' }),
      ep('A', '2023-07-01', undefined, 'S'),
    ];
    expect(derivePeriodsOfCare(episodes)).toEqual([
      {
        id: 'A/2022-01-01',
        childId: 'A',
        start: '2022-01-01',
        end: '2023-05-01',
        startedWithS: true,
        episodeCount: 2,
      },
      {
        id: 'A/2023-06-01',
        childId: 'A',
        start: '2023-06-01',
        end: '2023-07-01',
        reasonCeased: 'E4A',
        startedWithS: true,
        episodeCount: 1,
      },
      { id: 'A/2023-07-01', childId: 'A', start: '2023-07-01', startedWithS: true, episodeCount: 1 },
      { id: 'B/2024-02-01', childId: 'B', start: '2024-02-01', startedWithS: true, episodeCount: 1 },
    ]);
    expect(derivePeriodsOfCare(episodes, { includeShortBreaks: true })).toHaveLength(5);
  });

  it('isOpenAt: ending on the date is closed, starting on it is open', () => {
    expect(isOpenAt({ start: '2024-01-01', end: '2025-03-31' }, '2025-03-31')).toBe(false);
    expect(isOpenAt({ start: '2024-01-01', end: '2025-04-01' }, '2025-03-31')).toBe(true);
    expect(isOpenAt({ start: '2025-03-31' }, '2025-03-31')).toBe(true);
    expect(isOpenAt({ start: '2025-04-01' }, '2025-03-31')).toBe(false);
  });
});

import type { Episode } from '@placewise/model';
import { describe, expect, it } from 'vitest';
import { checkReturn } from './check-return.js';
import { emptyReturn } from './return.js';

const episode = (childId: string, start: string, end?: string): Episode => ({
  childId,
  start,
  ...(end ? { end } : {}),
  reasonNewEpisode: 'P',
  legalStatus: 'C2',
  categoryOfNeed: 'N1',
  placementType: 'U4',
});

describe('checkReturn', () => {
  it('lets an episode begin the day the previous one ends, and rejects one that begins before', () => {
    const episodes = [
      episode('A', '2024-01-01', '2024-02-01'),
      episode('A', '2024-02-01'),
      episode('A', '2024-03-01'),
    ];
    const { value, issues } = checkReturn({ ...emptyReturn(), episodes });
    expect(value.episodes).toEqual(episodes.slice(0, 2));
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'episode.overlap',
        location: { table: 'Episodes', row: 3, column: 'DECOM' },
      }),
    ]);
  });

  it('finds overlaps whatever order the rows come in', () => {
    const episodes = [episode('A', '2024-03-01', '2024-04-01'), episode('A', '2024-01-01', '2024-03-15')];
    expect(checkReturn({ ...emptyReturn(), episodes }).issues.map((i) => i.location.row)).toEqual([1]);
  });

  it('rejects duplicate children and episodes with no child', () => {
    const child = { id: 'A', sex: 'male' as const, dateOfBirth: '2010-01-01', uasc: false };
    const result = checkReturn({
      ...emptyReturn(),
      children: [child, child],
      episodes: [episode('B', '2024-01-01')],
    });
    expect(result.issues.map((i) => i.code)).toEqual(['child.duplicate', 'episode.no-header']);
    expect(result.value.children).toEqual([child]);
    expect(result.value.episodes).toEqual([]);
  });
});

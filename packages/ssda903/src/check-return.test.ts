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
  it('lets an episode begin the day the previous one ends, and cuts short one still open when the next begins', () => {
    const episodes = [
      episode('A', '2024-01-01', '2024-02-01'),
      episode('A', '2024-02-01'),
      episode('A', '2024-03-01'),
    ];
    const { value, issues } = checkReturn({ ...emptyReturn(), episodes });
    expect(value.episodes).toEqual([
      episodes[0],
      { ...episodes[1], end: '2024-03-01', reasonEpisodeCeased: 'X1' },
      episodes[2],
    ]);
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'episode.truncated',
        severity: 'warning',
        location: { table: 'Episodes', row: 3, column: 'DECOM' },
      }),
    ]);
    expect(issues[0]?.message).toContain('row 2');
  });

  it('rejects the later of two episodes that start on the same day: that overlap cannot be resolved', () => {
    const episodes = [episode('A', '2024-01-01', '2024-03-01'), episode('A', '2024-01-01')];
    const { value, issues } = checkReturn({ ...emptyReturn(), episodes });
    expect(value.episodes).toEqual([episodes[0]]);
    expect(issues.map((i) => [i.code, i.location.row])).toEqual([['episode.overlap', 2]]);
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

  it('rejects a repeated UASC row and one with no child, keeping the first', () => {
    const child = { id: 'A', sex: 'male' as const, dateOfBirth: '2008-01-01', uasc: false };
    const first = { childId: 'A', sex: 'male' as const, dateOfBirth: '2008-01-01', uascCeased: '2025-12-31' };
    const result = checkReturn({
      ...emptyReturn(),
      children: [child],
      uasc: [first, { ...first, uascCeased: undefined }, { ...first, childId: 'Z' }],
    });
    expect(result.issues.map((i) => [i.code, i.location])).toEqual([
      ['uasc.duplicate', { table: 'UASC', row: 2, column: 'CHILD' }],
      ['uasc.no-header', { table: 'UASC', row: 3, column: 'CHILD' }],
    ]);
    expect(result.value.uasc).toEqual([first]);
  });
});

import { describe, expect, it } from 'vitest';
import { observeDemand } from './observe-demand.js';

describe('observeDemand', () => {
  const history = {
    children: [{ id: 'A', sex: 'male' as const, dateOfBirth: '2008-03-15', uasc: false }],
    episodes: [
      {
        childId: 'A',
        start: '2024-01-01',
        end: '2024-03-10',
        reasonNewEpisode: 'S',
        legalStatus: 'C2',
        categoryOfNeed: 'N1',
        placementType: 'K2',
      },
      {
        childId: 'A',
        start: '2024-03-10',
        end: '2024-03-20',
        reasonNewEpisode: 'P',
        legalStatus: 'C2',
        categoryOfNeed: 'N1',
        placementType: 'K3',
      },
    ],
  };

  it('counts a child in care from DECOM up to the day before DEC, in the band of their age that day', () => {
    const { value } = observeDemand(history, { from: '2024-03-09', to: '2024-03-21' });
    expect(value.byCategory.residential).toEqual([1, ...Array(12).fill(0)]);
    expect(value.byCategory.supported).toEqual([0, ...Array(10).fill(1), 0, 0]);
    const band = (id: string) => value.byState[value.states.findIndex((s) => s.id === id)];
    expect(band('10-15/supported')?.slice(0, 7)).toEqual([0, 1, 1, 1, 1, 1, 0]);
    expect(band('16-17/supported')?.slice(5, 12)).toEqual([0, 1, 1, 1, 1, 1, 0]);
    expect(value.total).toEqual([1, ...Array(10).fill(1), 0, 0]);
  });

  it('steps by week', () => {
    const { value } = observeDemand(history, { from: '2023-12-25', to: '2024-03-31', step: 'week' });
    expect(value.dates[1]).toBe('2024-01-01');
    expect(value.total[1]).toBe(1);
    expect(value.dates).toHaveLength(14);
    expect(value.dates.at(-1)).toBe('2024-03-25');
  });

  it('carries the coverage it rests on and a status, complete when every episode was usable', () => {
    const result = observeDemand(history, { from: '2024-03-09', to: '2024-03-21' });
    expect(result.status).toBe('complete');
    expect(result.coverage.tables.Episodes).toEqual({ read: 2, used: 2 });
    expect(result.reason).toBeUndefined();
  });

  it('is incomplete, with a one-line reason and its counts still given, when rows could not be used', () => {
    // A third episode whose child has no header row: 2 of 3 episodes usable, below the 95% threshold.
    const orphan = { ...history.episodes[0], childId: 'Z' } as (typeof history.episodes)[number];
    const result = observeDemand(
      { ...history, episodes: [...history.episodes, orphan] },
      { from: '2024-03-09', to: '2024-03-21' },
    );
    expect(result.status).toBe('incomplete');
    expect(result.coverage.tables.Episodes).toEqual({ read: 3, used: 2 });
    expect(result.reason).toMatch(/^[^\n]+$/);
    expect(result.value.total[0]).toBe(1);
  });

  it("takes the history's coverage (summed by mergeReturns) over its own count", () => {
    const coverage = {
      tables: { Header: { read: 40, used: 40 }, Episodes: { read: 60, used: 50 } },
      read: 100,
      used: 90,
      status: 'incomplete' as const,
      reason: '90 of 100 rows read were usable.',
    };
    const result = observeDemand({ ...history, coverage }, { from: '2024-03-09', to: '2024-03-21' });
    expect(result.coverage).toBe(coverage);
    expect(result.status).toBe('incomplete');
    expect(result.reason).toBe(coverage.reason);
  });
});

import type { Episode } from '@placewise/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateChain, splitIntoReturns } from './internal/simulate-chain.js';
import { mergeReturns } from './merge-returns.js';

const rates = {
  entries: { U4: 0.05, K2: 0.02 },
  moves: { U4: { K2: 1 / 300 }, K2: { U4: 1 / 200 } },
  leaves: { U4: 1 / 400, K2: 1 / 300 },
};
const byKey = (episodes: readonly Episode[]) =>
  [...episodes].sort((a, b) => `${a.childId}|${a.start}`.localeCompare(`${b.childId}|${b.start}`));

describe('mergeReturns', () => {
  it('rebuilds the history an authority sent as annual returns (property over seeds)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const history = simulateChain(rates, { from: '2019-04-01', to: '2024-03-31', seed });
        const { value: merged } = mergeReturns(splitIntoReturns(history, 2019, 2023).reverse());
        expect(byKey(merged.episodes)).toEqual(byKey(history.episodes));
        expect(merged.children.length).toBe(history.children.length);
        expect([merged.coveredFrom, merged.coveredTo]).toEqual(['2019-04-01', '2024-03-31']);
      }),
      { numRuns: 15 },
    );
  });

  const base = { reasonNewEpisode: 'S', legalStatus: 'C2', categoryOfNeed: 'N1', placementType: 'U4' };
  const header = { id: 'A', sex: 'female' as const, dateOfBirth: '2012-01-01', uasc: false };

  it('lets a later year correct an episode and a header', () => {
    const { value, issues } = mergeReturns([
      {
        collectionYear: '2022-23',
        children: [header],
        episodes: [{ childId: 'A', start: '2022-06-01', ...base }],
      },
      {
        collectionYear: '2023-24',
        children: [{ ...header, dateOfBirth: '2012-02-01' }],
        episodes: [{ childId: 'A', start: '2022-06-01', end: '2023-05-01', ...base, placementType: 'K2' }],
      },
    ]);
    expect(value.episodes).toEqual([
      { childId: 'A', start: '2022-06-01', end: '2023-05-01', ...base, placementType: 'K2' },
    ]);
    expect(value.children[0]?.dateOfBirth).toBe('2012-02-01');
    expect(issues.map((i) => i.code)).toEqual(['forecast.merge.replaced']);
  });

  it('drops, and reports, an earlier episode that the later return covering it no longer holds', () => {
    const { value, issues } = mergeReturns([
      {
        collectionYear: '2022-23',
        children: [header],
        episodes: [{ childId: 'A', start: '2022-06-01', ...base }],
      },
      {
        collectionYear: '2023-24',
        children: [header],
        episodes: [{ childId: 'A', start: '2022-06-02', ...base }],
      },
    ]);
    expect(value.episodes.map((e) => e.start)).toEqual(['2022-06-02']);
    expect(issues.map((i) => i.code)).toEqual(['forecast.merge.superseded']);
    expect(issues[0]?.message).toContain('1 episode row');
  });

  it('keeps episodes that ended before a later year began', () => {
    const { value } = mergeReturns([
      {
        collectionYear: '2022-23',
        children: [header],
        episodes: [{ childId: 'A', start: '2022-06-01', end: '2022-09-01', ...base }],
      },
      { collectionYear: '2023-24', children: [], episodes: [] },
    ]);
    expect(value.episodes).toHaveLength(1);
  });
});

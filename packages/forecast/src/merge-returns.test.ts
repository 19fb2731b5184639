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

  // A return built by another system's export code, not read by @placewise/ssda903 (which rejects the
  // second row as an overlap): the same episode sent twice in 2023-24, once with a corrected PLACE, and a
  // child's header twice.
  it('reports, and counts, a row given twice in one return rather than dropping it silently', () => {
    const years = [
      {
        collectionYear: '2022-23',
        children: [header],
        episodes: [{ childId: 'A', start: '2022-06-01', ...base }],
      },
      {
        collectionYear: '2023-24',
        children: [header, { id: 'B', sex: 'male' as const, dateOfBirth: '2010-03-01', uasc: false }, header],
        episodes: [
          { childId: 'A', start: '2022-06-01', ...base },
          { childId: 'B', start: '2023-07-01', ...base },
          { childId: 'A', start: '2022-06-01', end: '2023-05-01', ...base, placementType: 'K2' },
        ],
      },
    ] as const;
    const { value, issues } = mergeReturns(years);
    expect(value.episodes.map((e) => [e.childId, e.placementType])).toEqual([
      ['A', 'K2'],
      ['B', 'U4'],
    ]);
    expect(value.merge).toMatchObject({ replaced: 1, dropped: 0, duplicates: 1 });
    // Every row in is kept, replaced, dropped or a duplicate: 1 + 3 rows = 2 + 1 + 0 + 1.
    const merge = value.merge as NonNullable<typeof value.merge>;
    expect(value.episodes.length + merge.replaced + merge.dropped + merge.duplicates).toBe(4);
    const duplicates = issues.filter((i) => i.code === 'forecast.merge.duplicate');
    expect(duplicates.map((i) => [i.severity, i.location])).toEqual([
      ['warning', { table: 'Header', path: [1, 'children', 0] }],
      ['warning', { table: 'Episodes', path: [1, 'episodes', 0] }],
    ]);
    expect(duplicates.map((i) => i.message).join(' ')).not.toMatch(/2022-06-01|\bA\b/);
    expect(value.children.map((c) => c.id).sort()).toEqual(['A', 'B']);
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

describe('mergeReturns with merge: union', () => {
  const base = { reasonNewEpisode: 'S', legalStatus: 'C2', categoryOfNeed: 'N1', placementType: 'U4' };
  const child = (id: string) => ({ id, sex: 'female' as const, dateOfBirth: '2012-01-01', uasc: false });
  // Three children open on 31 March 2023. The 2023-24 export lost B and C (a system that exported only
  // the children open at the time of the run); it shows C again from 10 May 2023.
  const years = [
    {
      collectionYear: '2022-23',
      children: [child('A'), child('B'), child('C')],
      episodes: [
        { childId: 'A', start: '2022-06-01', ...base },
        { childId: 'B', start: '2022-07-01', ...base },
        { childId: 'C', start: '2022-08-01', ...base },
      ],
    },
    {
      collectionYear: '2023-24',
      children: [child('A'), child('C')],
      episodes: [
        { childId: 'A', start: '2022-06-01', end: '2023-09-01', ...base },
        { childId: 'C', start: '2023-05-10', ...base, reasonNewEpisode: 'P', placementType: 'K2' },
      ],
    },
  ];

  it('keeps what the later return omits, closed when its year began, and counts each choice', () => {
    const union = mergeReturns(years, { merge: 'union' });
    expect(union.value.episodes.map((e) => [e.childId, e.start, e.end])).toEqual([
      ['A', '2022-06-01', '2023-09-01'],
      ['B', '2022-07-01', '2023-04-01'],
      ['C', '2022-08-01', '2023-04-01'],
      ['C', '2023-05-10', undefined],
    ]);
    expect(union.value.merge).toEqual({
      strategy: 'union',
      replaced: 1,
      omitted: 2,
      dropped: 0,
      closed: 2,
      duplicates: 0,
    });
    expect(union.issues.map((i) => i.code)).toEqual(['forecast.merge.replaced', 'forecast.merge.closed']);
    const latest = mergeReturns(years);
    expect(latest.value.episodes.map((e) => e.childId)).toEqual(['A', 'C']);
    expect(latest.value.merge).toEqual({
      strategy: 'latest-wins',
      replaced: 1,
      omitted: 2,
      dropped: 2,
      closed: 0,
      duplicates: 0,
    });
  });

  it("closes at the child's next DECOM when the later return shows it before the year began", () => {
    const { value } = mergeReturns(
      [
        {
          collectionYear: '2022-23',
          children: [child('D')],
          episodes: [{ childId: 'D', start: '2022-06-01', ...base }],
        },
        {
          collectionYear: '2023-24',
          children: [child('D')],
          episodes: [{ childId: 'D', start: '2023-02-01', ...base, reasonNewEpisode: 'P' }],
        },
      ],
      { merge: 'union' },
    );
    expect(value.episodes.map((e) => [e.start, e.end])).toEqual([
      ['2022-06-01', '2023-02-01'],
      ['2023-02-01', undefined],
    ]);
  });

  it('sums the coverage each return carried', () => {
    const coverage = (read: number, used: number) => ({
      tables: { Episodes: { read, used } },
      read,
      used,
      status: 'complete' as const,
    });
    const { value } = mergeReturns([
      { ...years[0], coverage: coverage(100, 100) } as (typeof years)[0],
      { ...years[1], coverage: coverage(100, 80) } as (typeof years)[1],
    ]);
    expect(value.coverage).toMatchObject({ read: 200, used: 180, status: 'incomplete' });
  });
});

describe('mergeReturns keys each episode by CHILD + DECOM', () => {
  const header = { id: 'A', sex: 'female' as const, dateOfBirth: '2012-01-01', uasc: false };
  const base = { reasonNewEpisode: 'S', legalStatus: 'C2', categoryOfNeed: 'N1', placementType: 'U4' };

  // Episodes are paired by CHILD + DECOM, so pairs that share a CHILD or a DECOM must still stay apart,
  // a child's rows need not be adjacent, and a header seen in an earlier pass is not a duplicate.
  it('keeps each CHILD + DECOM apart however the children and dates interleave', () => {
    const years = [
      {
        collectionYear: '2022-23',
        children: [header, { ...header, id: 'B' }],
        episodes: [
          { childId: 'A', start: '2022-06-01', ...base },
          { childId: 'B', start: '2022-06-01', ...base, placementType: 'K2' },
          { childId: 'A', start: '2022-09-01', ...base },
        ],
      },
      {
        collectionYear: '2023-24',
        children: [{ ...header, id: 'B', dateOfBirth: '2011-05-05' }, header],
        episodes: [
          { childId: 'B', start: '2022-09-01', ...base },
          { childId: 'A', start: '2022-09-01', end: '2023-06-01', ...base },
          { childId: 'B', start: '2022-06-01', end: '2022-09-01', ...base, placementType: 'K2' },
        ],
      },
    ];
    const { value, issues } = mergeReturns(years);
    // A's 2022-06-01 row is open into 2023-24, which omits it: dropped. The other three are kept, two
    // of them replaced by 2023-24's rows.
    expect(value.episodes.map((e) => [e.childId, e.start, e.end])).toEqual([
      ['A', '2022-09-01', '2023-06-01'],
      ['B', '2022-06-01', '2022-09-01'],
      ['B', '2022-09-01', undefined],
    ]);
    expect(value.merge).toMatchObject({ replaced: 2, omitted: 1, dropped: 1, duplicates: 0 });
    expect(value.children.map((c) => [c.id, c.dateOfBirth])).toEqual([
      ['A', '2012-01-01'],
      ['B', '2011-05-05'],
    ]);
    expect(issues.map((i) => i.code)).toEqual(['forecast.merge.replaced', 'forecast.merge.superseded']);
  });

  it('orders a return not in code-unit order, and reports each row given again in the order the rows came', () => {
    // Child 10 sorts before child 9 by code unit; child 9's DECOM is given three times, child 10's twice.
    const rows = [
      { childId: '9', start: '2023-05-01', ...base },
      { childId: '10', start: '2023-05-01', ...base },
      { childId: '9', start: '2023-05-01', ...base, placementType: 'K2' },
      { childId: '10', start: '2023-05-01', ...base, placementType: 'R1' },
      { childId: '9', start: '2023-05-01', ...base, placementType: 'H5' },
    ];
    const { value, issues } = mergeReturns([
      {
        collectionYear: '2023-24',
        children: [
          { ...header, id: '9' },
          { ...header, id: '10' },
        ],
        episodes: rows,
      },
    ]);
    // The last row of each key is kept: 10's R1 (row 3) and 9's H5 (row 4).
    expect(value.episodes).toEqual([rows[3], rows[4]]);
    expect(value.merge).toMatchObject({ replaced: 0, duplicates: 3 });
    // Rows 0, 1 and 2 were replaced, by rows 2, 3 and 4: one warning each, in that order.
    expect(issues.map((i) => i.location?.path)).toEqual([
      [0, 'episodes', 0],
      [0, 'episodes', 1],
      [0, 'episodes', 2],
    ]);
    expect(issues.map((i) => i.message.match(/row (\d+)/)?.[1])).toEqual(['2', '3', '4']);
  });

  it('reads the same return given twice as a resubmission, not as rows given twice', () => {
    const year = {
      collectionYear: '2023-24',
      children: [header],
      episodes: [{ childId: 'A', start: '2023-06-01', ...base }],
    };
    const { value, issues } = mergeReturns([year, year]);
    expect(value.episodes).toHaveLength(1);
    expect(value.children).toEqual([header]);
    expect(value.merge).toMatchObject({ replaced: 1, duplicates: 0 });
    expect(issues.map((i) => i.code)).toEqual(['forecast.merge.replaced']);
  });
});

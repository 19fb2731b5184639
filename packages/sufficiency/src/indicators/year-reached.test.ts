// A return for 2024-25 read as if it were 2025-26's: its open episodes would count children as looked after
// at 31 March 2026 that the return cannot see. Written by hand, the way a case-management export lays it out.
import { derivePlacements, readReturn } from '@placewise/ssda903';
import { describe, expect, it } from 'vitest';
import { computeIndicators } from './compute-indicators.js';

const file = (name: string, lines: string[]) => ({ name, content: [...lines, ''].join('\r\n') });
const EPISODES =
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';

/** `n` children A01…: A01 left on 20 February 2025, every other child is in care from before 2024-25. */
function datasetOf(n: number) {
  const ids = Array.from({ length: n }, (_, i) => `A${String(i + 1).padStart(2, '0')}`);
  const read = readReturn(
    [
      file('header.csv', ['CHILD,SEX,DOB,ETHNIC', ...ids.map((id) => `${id},F,14/02/2010,WBRI`)]),
      file('episodes.csv', [
        EPISODES,
        ...ids.map((id, i) =>
          i === 0
            ? `${id},15/09/2024,S,C2,N1,U4,PR1,20/02/2025,E11,,,,`
            : `${id},01/06/2023,S,C2,N1,U1,PR1,,,,,,`,
        ),
      ]),
    ],
    { collectionYear: '2024-25' },
  );
  return {
    children: read.value.children,
    episodes: read.value.episodes,
    placements: derivePlacements(read.value.episodes).value,
  };
}

describe('figures asked for a year the return does not reach', () => {
  it('are incomplete, with the reason and an error, for 20 children or more', () => {
    const result = computeIndicators(datasetOf(20), { collectionYear: '2025-26' });
    // The 19 open episodes would otherwise make 19 children looked after at 31 March 2026.
    expect(result.value.claAt31March.total).toBe(19);
    expect(result.value.status).toBe('incomplete');
    expect(result.value.coverage.reason).toMatch(
      /^No episode starts or ends in 2025-26 or later: the latest date is in 2024-25/,
    );
    expect(result.issues.map((i) => [i.code, i.severity])).toEqual([
      ['indicators.year-not-reached', 'error'],
    ]);
    // Only the collection year of the latest date is said, never the date.
    expect(result.issues[0]?.message).not.toContain('2025-02-20');
  });

  it('are kept with a warning for fewer than 20 children, where a year without a start or an end can happen', () => {
    const result = computeIndicators(datasetOf(3), { collectionYear: '2025-26' });
    expect(result.value.status).toBe('complete');
    expect(result.issues.map((i) => [i.code, i.severity])).toEqual([
      ['indicators.year-not-reached', 'warning'],
    ]);
    expect(result.issues[0]?.message).toMatch(/With 3 children a year without a start or an end can happen/);
  });

  it('pass over a date that is not a calendar date, even when it sorts last', () => {
    // A caller-built dataset (the reader rejects such a row): 30 February 2026 has the shape of a date in
    // 2025-26 but is no day, so the latest date is still A01's in 2024-25.
    const dataset = datasetOf(20);
    const odd = { ...(dataset.episodes[1] as (typeof dataset.episodes)[number]), end: '2026-02-30' };
    const result = computeIndicators(
      {
        ...dataset,
        episodes: [dataset.episodes[0], odd, ...dataset.episodes.slice(2)] as typeof dataset.episodes,
      },
      { collectionYear: '2025-26' },
    );
    expect(result.issues.map((i) => [i.code, i.severity])).toEqual([
      ['indicators.year-not-reached', 'error'],
    ]);
    expect(result.value.coverage.reason).toMatch(/the latest date is in 2024-25/);
  });

  it('are as before for the year the return covers, and for an earlier year it reaches past', () => {
    for (const collectionYear of ['2024-25', '2023-24'] as const) {
      const result = computeIndicators(datasetOf(20), { collectionYear });
      expect(result.value.status).toBe('complete');
      expect(result.issues).toEqual([]);
    }
    // Recounted: at 31 March 2025 the 19 children other than A01 are looked after.
    expect(computeIndicators(datasetOf(20), { collectionYear: '2024-25' }).value.claAt31March.total).toBe(19);
  });
});

// A return for 2024-25 read as if it were 2025-26's: its open episodes would count children as looked after
// at 31 March 2026 that the return cannot see. Written by hand: three children, the last date 20 Feb 2025.
import { derivePlacements, readReturn } from '@placewise/ssda903';
import { describe, expect, it } from 'vitest';
import { computeIndicators } from './compute-indicators.js';

const file = (name: string, lines: string[]) => ({ name, content: [...lines, ''].join('\r\n') });
const read = readReturn(
  [
    file('header.csv', [
      'CHILD,SEX,DOB,ETHNIC',
      'A1,F,14/02/2010,WBRI',
      'A2,M,03/05/2012,WBRI',
      'A3,M,09/09/2009,WBRI',
    ]),
    file('episodes.csv', [
      'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN',
      'A1,01/06/2023,S,C2,N1,U1,PR1,,,,,,',
      'A2,15/09/2024,S,C2,N1,U4,PR1,20/02/2025,E11,,,,',
      'A3,02/01/2022,S,C2,N1,U1,PR1,,,,,,',
    ]),
  ],
  { collectionYear: '2024-25' },
);
const dataset = {
  children: read.value.children,
  episodes: read.value.episodes,
  placements: derivePlacements(read.value.episodes).value,
};

describe('figures asked for a year the return does not reach', () => {
  it('are incomplete, with the reason and one error, when the latest date is before the year', () => {
    const result = computeIndicators(dataset, { collectionYear: '2025-26' });
    // The two open episodes would otherwise make 2 children looked after at 31 March 2026.
    expect(result.value.claAt31March.total).toBe(2);
    expect(result.value.status).toBe('incomplete');
    expect(result.value.coverage.status).toBe('incomplete');
    expect(result.value.coverage.reason).toMatch(
      /^No episode starts or ends in 2025-26 or later: the latest date is in 2024-25/,
    );
    expect(result.issues.map((i) => [i.code, i.severity])).toEqual([
      ['indicators.year-not-reached', 'error'],
    ]);
    // Only the collection year of the latest date is said, never the date.
    expect(result.issues[0]?.message).not.toContain('2025-02-20');
  });

  it('are as before for the year the return covers, and for an earlier year it reaches past', () => {
    for (const collectionYear of ['2024-25', '2023-24'] as const) {
      const result = computeIndicators(dataset, { collectionYear });
      expect(result.value.status).toBe('complete');
      expect(result.issues).toEqual([]);
    }
    // Recounted: at 31 March 2025 A1 and A3 are looked after (A2 left on 20 February).
    expect(computeIndicators(dataset, { collectionYear: '2024-25' }).value.claAt31March.total).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { COVERAGE_THRESHOLD, coverageOf } from './coverage.js';
import { readReturn } from './read-return.js';

describe('coverageOf', () => {
  it('sums the Header and Episodes rows and is complete at 95% or more', () => {
    const coverage = coverageOf({
      tables: [
        { table: 'Header', rows: 10, accepted: 10, rejected: 0 },
        { table: 'Episodes', rows: 10, accepted: 9, rejected: 1 },
        { table: 'Missing', rows: 50, accepted: 0, rejected: 50 },
      ],
    });
    expect(coverage).toEqual({
      tables: {
        Header: { read: 10, used: 10 },
        Episodes: { read: 10, used: 9 },
        Missing: { read: 50, used: 0 },
      },
      read: 20,
      used: 19,
      status: 'complete',
    });
  });

  it('is incomplete below the threshold, with a one-line reason', () => {
    const coverage = coverageOf({
      tables: [
        { table: 'Header', rows: 10, accepted: 10, rejected: 0 },
        { table: 'Episodes', rows: 10, accepted: 8, rejected: 2 },
      ],
    });
    expect(18 / 20).toBeLessThan(COVERAGE_THRESHOLD);
    expect(coverage.status).toBe('incomplete');
    expect(coverage.reason).toMatch(/18 of 20/);
    expect(coverage.reason).not.toMatch(/\n/);
  });

  it('is incomplete when nothing was read', () => {
    expect(coverageOf({ tables: [] }).status).toBe('incomplete');
  });

  it('is incomplete when every episode row of a real read is rejected', () => {
    const result = readReturn([
      { name: 'episodes.csv', content: 'CHILD,DECOM,RNE,LS,CIN,PLACE\nC1,not-a-date,S,C2,N1,U1\n' },
    ]);
    const coverage = coverageOf(result);
    expect(coverage.tables.Episodes).toEqual({ read: 1, used: 0 });
    expect(coverage.status).toBe('incomplete');
  });
});

import { describe, expect, it } from 'vitest';
import { child, dataset, episode, placement } from '../../test/fixtures.js';
import { evaluateRules } from '../evaluate-rules.js';
import { eng16 } from './eng-16.js';
import { eng17 } from './eng-17.js';
import { eng18 } from './eng-18.js';
import { eng19 } from './eng-19.js';

const year = { period: { start: '2024-04-01', end: '2025-03-31' } } as const;

describe('ENG-16 minimum ages', () => {
  it('flags a start the day before the minimum age, not on the birthday', () => {
    const ds = dataset({
      children: [child('C1', '2010-06-01'), child('C2', '2010-06-01')],
      episodes: [episode('C1', '2024-05-31', undefined, 'P3'), episode('C2', '2024-06-01', undefined, 'P3')],
    });
    const f = evaluateRules(ds, year, { nation: 'england', rules: [eng16] }).value;
    expect(f.map((x) => x.childId)).toEqual(['C1']);
  });
  it('checks legal status J1–J3 and ignores episodes before 2023-24', () => {
    const ds = dataset({
      children: [child('C1', '2014-06-01')],
      episodes: [
        episode('C1', '2023-03-01', undefined, 'U4', { legalStatus: 'J1' }),
        episode('C1', '2024-05-01', undefined, 'U4', { legalStatus: 'J2' }),
      ],
    });
    const f = evaluateRules(
      ds,
      { period: { start: '2023-01-01', end: '2025-03-31' } },
      { nation: 'england', rules: [eng16] },
    ).value;
    expect(f.map((x) => x.episodeStart)).toEqual(['2024-05-01']);
  });
});

describe('ENG-17 temporary placements', () => {
  it('flags T4 over 7 days and T1 over 42 days, not at the limit', () => {
    const ds = dataset({
      children: [child('C1', '2012-01-01')],
      episodes: [
        episode('C1', '2024-05-01', '2024-05-08', 'T4'),
        episode('C1', '2024-06-01', '2024-06-09', 'T4'),
        episode('C1', '2024-07-01', '2024-08-12', 'T1'),
        episode('C1', '2024-09-01', '2024-10-14', 'T1'),
      ],
    });
    const f = evaluateRules(ds, year, { nation: 'england', rules: [eng17] }).value;
    expect(f.map((x) => [x.episodeStart, x.from])).toEqual([
      ['2024-06-01', '2024-06-09'],
      ['2024-09-01', '2024-10-14'],
    ]);
  });
  it('flags a third T3 within 365 days', () => {
    const ds = dataset({
      children: [child('C1', '2012-01-01')],
      episodes: ['2024-04-10', '2024-08-10', '2025-01-10'].map((d) =>
        episode('C1', d, d.replace(/-10$/, '-12'), 'T3'),
      ),
    });
    const f = evaluateRules(ds, year, { nation: 'england', rules: [eng17] }).value;
    expect(f.map((x) => x.episodeStart)).toEqual(['2025-01-10']);
  });
});

describe('ENG-18 short breaks', () => {
  it('flags a break over 17 days and the break that takes the 12-month total past 75', () => {
    const breaks = [
      ['2024-04-01', '2024-04-19'], // 18 days: too long
      ['2024-05-01', '2024-05-18'], // 17
      ['2024-06-01', '2024-06-18'], // 17 → 52
      ['2024-07-01', '2024-07-18'], // 17 → 69
      ['2024-08-01', '2024-08-08'], // 7 → 76
    ];
    const ds = dataset({
      children: [child('C1', '2012-01-01')],
      episodes: breaks.map(([s, e]) => episode('C1', s as string, e, 'U4', { legalStatus: 'V3' })),
    });
    const f = evaluateRules(ds, year, { nation: 'england', rules: [eng18] }).value;
    expect(f.map((x) => x.episodeStart)).toEqual(['2024-04-01', '2024-08-01']);
  });
});

describe('ENG-19 secure under 13', () => {
  it('needs Secretary of State approval for K1 under 13', () => {
    const ds = dataset({
      children: [child('C1', '2012-06-01'), child('C2', '2012-06-01')],
      episodes: [episode('C1', '2024-05-01', undefined, 'K1'), episode('C2', '2024-05-01', undefined, 'K1')],
      placements: [
        placement('C1', '2024-05-01', undefined, 'K1'),
        placement('C2', '2024-05-01', undefined, 'K1'),
      ],
      approvals: [
        { childId: 'C2', placementStart: '2024-05-01', kind: 'secretary-of-state', date: '2024-04-30' },
      ],
    });
    const f = evaluateRules(ds, year, { nation: 'england', rules: [eng19] }).value;
    expect(f.map((x) => [x.childId, x.from, x.to, x.severity])).toEqual([
      ['C1', '2024-05-01', '2025-03-31', 'needs-approval'],
    ]);
  });
});

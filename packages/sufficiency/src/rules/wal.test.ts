import type { Setting } from '@placewise/model';
import { describe, expect, it } from 'vitest';
import { child, dataset, placement, setting } from '../../test/fixtures.js';
import { evaluateRules } from '../evaluate-rules.js';
import { wal01 } from './wal-01.js';
import { wal02 } from './wal-02.js';
import { wal03 } from './wal-03.js';
import { wal04 } from './wal-04.js';

const CARDIFF = 'W06000015';
const VALE = 'W06000014';
const GWYNEDD = 'W06000002';
const BRISTOL = 'E06000023';

const home = (id: string, extra: Partial<Setting>): Setting =>
  setting(id, { location: { nation: 'wales' }, ...extra });

describe('WAL-01 out-of-area placements', () => {
  const ds = dataset({
    responsibleAuthority: CARDIFF,
    children: ['A', 'B', 'C'].map((id) => child(id, '2012-01-01')),
    placements: [
      placement('A', '2024-01-01', undefined, 'U4', { locality: 'OUT', placementAuthority: VALE }),
      placement('B', '2024-01-01', undefined, 'K2', { locality: 'OUT', placementAuthority: BRISTOL }),
      placement('C', '2024-01-01', undefined, 'K2', { locality: 'OUT', placementAuthority: GWYNEDD }),
    ],
    approvals: [{ childId: 'C', placementStart: '2024-01-01', kind: 'panel', date: '2023-12-01' }],
  });
  it('needs panel approval and names the preference tier', () => {
    const f = evaluateRules(
      ds,
      { asOf: '2024-03-31' },
      { nation: 'wales', rules: [wal01], parameters: { 'WAL-01': { bordering: { [CARDIFF]: [VALE] } } } },
    ).value;
    expect(f.map((x) => x.childId)).toEqual(['A', 'B']);
    expect(f[0]?.reason).toContain('a bordering Welsh authority');
    expect(f[1]?.reason).toContain('an English authority');
  });
  it('is not an English rule and not in force before April 2016', () => {
    expect(evaluateRules(ds, { asOf: '2024-03-31' }, { nation: 'england', rules: [wal01] }).value).toEqual(
      [],
    );
    const old = dataset({
      ...ds,
      placements: [placement('A', '2015-01-01', '2016-01-01', 'U4', { locality: 'OUT' })],
    });
    expect(evaluateRules(old, { asOf: '2015-06-01' }, { nation: 'wales', rules: [wal01] }).value).toEqual([]);
  });
});

describe('WAL-02 and WAL-03 not-for-profit', () => {
  const settings = [
    home('S1', { registeredOn: '2026-03-31' }),
    home('S2', { registeredOn: '2026-04-01' }),
    home('S3', { registeredOn: '2026-05-01', ownership: 'voluntary' }),
    home('S4', { registeredOn: '2026-05-01', location: { nation: 'england' } }),
    home('S5', { registeredOn: '2026-05-01', forProfit: false }),
  ];
  it('breaches a for-profit Welsh registration on or after 1 April 2026', () => {
    const f = evaluateRules(
      dataset({ settings }),
      { period: { start: '2025-04-01', end: '2027-03-31' } },
      { nation: 'wales', rules: [wal02] },
    ).value;
    expect(f.map((x) => x.settingId)).toEqual(['S2']);
  });
  it('breaches expansion beyond the baseline only from 1 April 2027', () => {
    const grown = [home('S1', { places: 6 })];
    const params = { 'WAL-03': { baselinePlaces: { S1: 4 } } };
    expect(
      evaluateRules(
        dataset({ settings: grown }),
        { asOf: '2027-03-31' },
        { nation: 'wales', rules: [wal03], parameters: params },
      ).value,
    ).toEqual([]);
    expect(
      evaluateRules(
        dataset({ settings: grown }),
        { asOf: '2027-04-01' },
        { nation: 'wales', rules: [wal03], parameters: params },
      ).value,
    ).toHaveLength(1);
  });
});

describe('WAL-04 Welsh Ministers’ approval', () => {
  const ds = dataset({
    approvals: [],
    children: ['A', 'B', 'C'].map((id) => child(id, '2012-01-01')),
    placements: [
      placement('A', '2030-01-01', undefined, 'K2', {
        placementProvider: 'PR4',
        placementAuthority: CARDIFF,
      }),
      placement('B', '2030-01-01', undefined, 'K2', {
        placementProvider: 'PR5',
        placementAuthority: BRISTOL,
      }),
      placement('C', '2030-01-01', undefined, 'K2', {
        placementProvider: 'PR1',
        placementAuthority: CARDIFF,
      }),
    ],
  });
  it('needs approval for for-profit and English non-LA providers from 1 April 2030', () => {
    expect(evaluateRules(ds, { asOf: '2030-03-31' }, { nation: 'wales', rules: [wal04] }).value).toEqual([]);
    const f = evaluateRules(ds, { asOf: '2030-04-01' }, { nation: 'wales', rules: [wal04] }).value;
    expect(f.map((x) => x.childId)).toEqual(['A', 'B']);
  });

  it('is not assessable when no approval records are given, rather than a count of breaches', () => {
    const { approvals: _, ...without } = ds;
    const run = evaluateRules(without, { asOf: '2030-04-01' }, { nation: 'wales', rules: [wal04] });
    expect(run.value).toEqual([]);
    expect(run.issues.map((i) => [i.code, i.severity])).toEqual([['rule.not-assessable', 'info']]);
    expect(run.issues[0]?.message).toContain('Not assessable from this return');
  });
});

import type { Setting } from '@placewise/model';
import { describe, expect, it } from 'vitest';
import { child, dataset, episode, placement, setting } from '../../test/fixtures.js';
import { evaluateRules } from '../evaluate-rules.js';
import { eng13 } from './eng-13.js';
import { eng15 } from './eng-15.js';

describe('ENG-13 deprivation-of-liberty placements', () => {
  const ds = dataset({
    children: [child('C1', '2010-01-01')],
    episodes: [
      episode('C1', '2026-01-01', '2026-05-01', 'K3'),
      episode('C1', '2026-05-01', '2026-06-01', 'U4', { reasonNewEpisode: 'P' }),
      episode('C1', '2026-06-01', undefined, 'K2', { reasonNewEpisode: 'P' }),
    ],
    dolOrders: [{ childId: 'C1', start: '2026-03-01' }],
  });
  it('breaches K3, flags U4 and accepts K2 while the order lasts, from 1 April 2026', () => {
    const f = evaluateRules(
      ds,
      { period: { start: '2026-01-01', end: '2026-12-31' } },
      { nation: 'england', rules: [eng13] },
    ).value;
    expect(f.map((x) => [x.severity, x.from, x.to])).toEqual([
      ['breach', '2026-04-01', '2026-05-01'],
      ['flag', '2026-05-01', '2026-06-01'],
    ]);
  });
  it('reports nothing before 1 April 2026', () => {
    expect(evaluateRules(ds, { asOf: '2026-03-31' }, { nation: 'england', rules: [eng13] }).value).toEqual(
      [],
    );
  });
});

describe('ENG-15 fostering limit', () => {
  const household = (id: string, extra: Partial<Setting> = {}): Setting =>
    setting(id, {
      type: 'foster-household',
      category: 'fostering-in-house',
      ageRange: { min: 0, max: 17 },
      ownership: 'local-authority',
      ...extra,
    });
  const four = ['A', 'B', 'C', 'D'];
  it('breaches on the days more than three fostering placements overlap at one household', () => {
    const ds = dataset({
      children: four.map((id) => child(id, '2012-01-01')),
      placements: [
        placement('A', '2024-01-01', undefined, 'U4', { settingId: 'H1' }),
        placement('B', '2024-01-01', undefined, 'U4', { settingId: 'H1' }),
        placement('C', '2024-01-01', undefined, 'U4', { settingId: 'H1' }),
        placement('D', '2024-02-10', '2024-02-20', 'U4', { settingId: 'H1' }),
      ],
      settings: [household('H1')],
    });
    const f = evaluateRules(
      ds,
      { period: { start: '2024-01-01', end: '2024-03-31' } },
      { nation: 'england', rules: [eng15] },
    ).value;
    expect(f.map((x) => [x.settingId, x.from, x.to])).toEqual([['H1', '2024-02-10', '2024-02-20']]);
  });
  it('uses the household’s own count and respects an exemption', () => {
    const ds = dataset({
      settings: [
        household('H1', { fosteredChildren: 4 }),
        household('H2', { fosteredChildren: 4, fosteringLimitExemption: true }),
      ],
    });
    const f = evaluateRules(ds, { asOf: '2024-03-31' }, { nation: 'england', rules: [eng15] }).value;
    expect(f.map((x) => x.settingId)).toEqual(['H1']);
  });
});

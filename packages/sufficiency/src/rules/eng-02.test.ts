import type { Setting } from '@placewise/model';
import { describe, expect, it } from 'vitest';
import { setting as baseSetting, child, dataset, episode, placement } from '../../test/fixtures.js';
import { evaluateRules } from '../evaluate-rules.js';
import { eng02 } from './eng-02.js';

const setting = (urn: string, registration: Setting['registration']): Setting =>
  baseSetting(`S-${urn}`, {
    urn,
    type: 'supported-accommodation',
    category: 'supported-accommodation',
    registration,
    ageRange: { min: 16, max: 17 },
  });

describe('ENG-02 supported accommodation registration', () => {
  // Born 2007-01-10: 16 from 2023-01-10, 18 from 2025-01-10.
  const kid = child('C1', '2007-01-10');

  it('breaches a placeholder URN only from 28 Oct 2023', () => {
    const ds = dataset({
      children: [kid],
      episodes: [episode('C1', '2023-06-01', undefined, 'K3', { urn: 'XXXXXXX' })],
    });
    const findings = evaluateRules(
      ds,
      { period: { start: '2023-04-01', end: '2024-03-31' } },
      { nation: 'england', rules: [eng02] },
    ).value;
    expect(findings.map((f) => [f.from, f.to])).toEqual([['2023-10-28', '2024-03-31']]);
    expect(evaluateRules(ds, { asOf: '2023-10-27' }, { nation: 'england', rules: [eng02] }).value).toEqual(
      [],
    );
  });

  // A settings file merged from two sources lists the same home twice: first as registered, then as the
  // commissioning team's later record, unregistered. Which one counts is said, not left to Map order.
  it('uses the first of two settings with one URN, and reports the second where it is', () => {
    const ds = dataset({
      children: [kid],
      episodes: [episode('C1', '2024-01-01', undefined, 'K3', { urn: '2000001' })],
      settings: [setting('2000001', 'registered'), { ...setting('2000001', 'unregistered'), id: 'S-other' }],
    });
    const run = evaluateRules(ds, { asOf: '2024-03-31' }, { nation: 'england', rules: [eng02] });
    expect(run.value).toEqual([]);
    expect(run.issues.map((i) => [i.code, i.severity, i.location.path])).toEqual([
      ['setting.duplicate-urn', 'warning', ['settings', 1, 'urn']],
    ]);
    expect(run.issues[0]?.message).not.toContain('2000001');
  });

  it('stops at the 18th birthday', () => {
    const ds = dataset({ children: [kid], episodes: [episode('C1', '2024-06-01', undefined, 'H5')] });
    const [f] = evaluateRules(
      ds,
      { period: { start: '2024-04-01', end: '2025-03-31' } },
      { nation: 'england', rules: [eng02] },
    ).value;
    expect(f?.to).toBe('2025-01-09');
  });

  it('accepts a registered or applied URN, breaches an unregistered one, and can require a register match', () => {
    const eps = [
      episode('C1', '2024-01-01', undefined, 'K3', { urn: '2000001' }),
      episode('C2', '2024-01-01', undefined, 'K3', { urn: '2000002' }),
      episode('C3', '2024-01-01', undefined, 'K3', { urn: '2000003' }),
      episode('C4', '2024-01-01', undefined, 'K3', { urn: '2000004' }),
    ];
    const ds = dataset({
      children: ['C1', 'C2', 'C3', 'C4'].map((id) => child(id, '2007-01-10')),
      episodes: eps,
      settings: [
        setting('2000001', 'registered'),
        setting('2000002', 'applied'),
        setting('2000003', 'unregistered'),
      ],
    });
    const ids = (require: boolean) =>
      evaluateRules(
        ds,
        { asOf: '2024-03-31' },
        { nation: 'england', rules: [eng02], parameters: { 'ENG-02': { requireRegisterMatch: require } } },
      ).value.map((f) => f.childId);
    expect(ids(false)).toEqual(['C3']);
    expect(ids(true)).toEqual(['C3', 'C4']);
  });

  it('applies in England only: supported accommodation in Wales or Scotland breaks nothing', () => {
    const ds = dataset({
      children: [kid, child('C2', '2007-01-10'), child('C3', '2007-01-10')],
      episodes: [
        episode('C1', '2024-06-01', undefined, 'K3'),
        episode('C2', '2024-06-01', undefined, 'K3'),
        episode('C3', '2024-06-01', undefined, 'K3'),
      ],
      placements: [
        placement('C1', '2024-06-01', undefined, 'K3', { placementAuthority: 'WAL' }),
        placement('C2', '2024-06-01', undefined, 'K3', { placementAuthority: 'S12000036' }),
        placement('C3', '2024-06-01', undefined, 'K3', { placementAuthority: 'E08000035' }),
      ],
    });
    const findings = evaluateRules(ds, { asOf: '2024-07-01' }, { nation: 'england', rules: [eng02] }).value;
    expect(findings.map((f) => f.childId)).toEqual(['C3']);
  });
});

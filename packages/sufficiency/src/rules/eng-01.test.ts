import { describe, expect, it } from 'vitest';
import { child, dataset, episode } from '../../test/fixtures.js';
import { evaluateRules } from '../evaluate-rules.js';
import { eng01 } from './eng-01.js';

const run = (ds: ReturnType<typeof dataset>, start: string, end: string) =>
  evaluateRules(ds, { period: { start, end } }, { nation: 'england', rules: [eng01] }).value;

describe('ENG-01 under-16 other arrangements', () => {
  // Born 2006-06-15: turns 16 on 2022-06-15.
  const ds = dataset({
    children: [child('C1', '2006-06-15')],
    episodes: [episode('C1', '2021-06-01', '2022-09-30', 'H5')],
  });

  it('reports only days after the ban began (9 Sep 2021) and before the 16th birthday', () => {
    const [finding, ...rest] = run(ds, '2021-01-01', '2022-12-31');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      ruleId: 'ENG-01',
      childId: 'C1',
      severity: 'breach',
      from: '2021-09-09',
      to: '2022-06-14',
    });
    expect(finding?.legalBasis.section).toBe('reg 27A');
  });

  it('reports nothing for a period wholly before the ban', () => {
    expect(run(ds, '2021-06-01', '2021-09-08')).toEqual([]);
  });

  it('flags rather than breaches Z1 under 16, and ignores foster care', () => {
    const z = dataset({
      children: [child('C2', '2012-01-01')],
      episodes: [
        episode('C2', '2024-01-01', '2024-02-01', 'Z1'),
        episode('C2', '2024-02-01', undefined, 'U4'),
      ],
    });
    const findings = run(z, '2024-01-01', '2024-12-31');
    expect(findings.map((f) => [f.severity, f.from, f.to])).toEqual([['flag', '2024-01-01', '2024-02-01']]);
  });

  it('never reports a child of 16 or more', () => {
    const older = dataset({
      children: [child('C3', '2005-01-01')],
      episodes: [episode('C3', '2022-01-01', undefined, 'K3')],
    });
    expect(run(older, '2022-01-01', '2023-01-01')).toEqual([]);
  });
});

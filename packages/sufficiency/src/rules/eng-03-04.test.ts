import { describe, expect, it } from 'vitest';
import { child, dataset, episode, placement } from '../../test/fixtures.js';
import { evaluateRules } from '../evaluate-rules.js';
import { eng03 } from './eng-03.js';
import { eng04 } from './eng-04.js';

describe('ENG-03 P2 after 28 October 2023', () => {
  const ds = dataset({
    children: [child('C1', '2006-01-01')],
    episodes: [episode('C1', '2023-01-01', '2023-12-01', 'P2')],
  });
  it('reports the days in P2 from 28 Oct 2023', () => {
    const findings = evaluateRules(
      ds,
      { period: { start: '2023-04-01', end: '2024-03-31' } },
      { nation: 'england', rules: [eng03] },
    ).value;
    expect(findings.map((f) => [f.from, f.to])).toEqual([['2023-10-28', '2023-12-01']]);
  });
  it('reports nothing before', () => {
    expect(evaluateRules(ds, { asOf: '2023-10-27' }, { nation: 'england', rules: [eng03] }).value).toEqual(
      [],
    );
  });
  it('fails any P2 episode ending after 28 Oct 2023 or still open, not one ending that day (rule 217t)', () => {
    const three = dataset({
      children: ['A', 'B', 'C'].map((id) => child(id, '2006-01-01')),
      episodes: [
        episode('A', '2022-05-01', '2023-10-28', 'P2'), // ends on the day: passes
        episode('B', '2022-05-01', '2023-10-29', 'P2'), // began long before, ends the day after: fails
        episode('C', '2021-05-01', undefined, 'P2'), // still open: fails
      ],
    });
    const findings = evaluateRules(
      three,
      { period: { start: '2023-04-01', end: '2024-03-31' } },
      { nation: 'england', rules: [eng03] },
    ).value;
    expect(findings.map((f) => [f.childId, f.from, f.to])).toEqual([
      ['B', '2023-10-28', '2023-10-29'],
      ['C', '2023-10-28', '2024-03-31'],
    ]);
  });
});

describe('ENG-04 children’s home without a URN', () => {
  it('breaches K2 with a blank or placeholder URN, not one with a URN or placed outside England', () => {
    const ds = dataset({
      children: ['C1', 'C2', 'C3', 'C4'].map((id) => child(id, '2010-01-01')),
      episodes: [
        episode('C1', '2024-01-01', undefined, 'K2'),
        episode('C2', '2024-01-01', undefined, 'K2', { urn: 'XXXXXXX' }),
        episode('C3', '2024-01-01', undefined, 'K2', { urn: 'SC123456' }),
        episode('C4', '2024-01-01', undefined, 'K2'),
      ],
      placements: [placement('C4', '2024-01-01', undefined, 'K2', { placementAuthority: 'WAL' })],
    });
    const findings = evaluateRules(ds, { asOf: '2024-03-31' }, { nation: 'england', rules: [eng04] }).value;
    expect(findings.map((f) => f.childId)).toEqual(['C1', 'C2']);
  });
  it('is not evaluated for Welsh authorities', () => {
    const ds = dataset({
      children: [child('C1', '2010-01-01')],
      episodes: [episode('C1', '2024-01-01', undefined, 'K2')],
    });
    expect(evaluateRules(ds, { asOf: '2024-03-31' }, { nation: 'wales', rules: [eng04] }).value).toEqual([]);
  });
});

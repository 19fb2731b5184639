import { describe, expect, it } from 'vitest';
import { child, dataset, placement } from '../../test/fixtures.js';
import { evaluateRules } from '../evaluate-rules.js';
import { eng10 } from './eng-10.js';
import { eng11 } from './eng-11.js';
import { sco01 } from './sco-01.js';

describe('ENG-10 distance', () => {
  const ds = dataset({
    children: [child('C1', '2012-01-01'), child('C2', '2012-01-01'), child('C3', '2012-01-01')],
    placements: [
      placement('C1', '2024-01-01', undefined, 'U4', { distanceMiles: 20 }),
      placement('C2', '2024-01-01', undefined, 'U4', { distanceMiles: 20.1 }),
      placement('C3', '2024-01-01', undefined, 'U4'),
    ],
  });
  it('flags over 20 miles, not exactly 20 and not unknown distance', () => {
    const f = evaluateRules(ds, { asOf: '2024-03-31' }, { nation: 'england', rules: [eng10] }).value;
    expect(f.map((x) => [x.childId, x.severity])).toEqual([['C2', 'flag']]);
  });
  it('takes the threshold as a parameter and also runs for Wales', () => {
    const f = evaluateRules(
      ds,
      { asOf: '2024-03-31' },
      { nation: 'wales', rules: [eng10], parameters: { 'ENG-10': { thresholdMiles: 19 } } },
    ).value;
    expect(f.map((x) => x.childId)).toEqual(['C1', 'C2']);
  });
});

describe('ENG-11 and SCO-01 siblings apart', () => {
  const ds = dataset({
    children: [child('A', '2012-01-01'), child('B', '2014-01-01'), child('C', '2015-01-01')],
    placements: [
      placement('A', '2024-01-01', undefined, 'U4', { placementPostcode: 'LS6 1AA' }),
      placement('B', '2024-01-01', '2024-02-29', 'U4', { placementPostcode: 'ls61aa' }),
      placement('B', '2024-03-01', undefined, 'U4', { placementPostcode: 'LS8 2BB' }),
      placement('C', '2024-01-01', undefined, 'K2', { placementPostcode: 'LS8 2BB' }),
    ],
    siblingLinks: [
      { childId: 'A', siblingId: 'B' },
      { childId: 'B', siblingId: 'A' },
      { childId: 'A', siblingId: 'C', placeApartAgreed: true },
    ],
  });
  it('flags only the days the siblings were in different homes, once per pair', () => {
    const f = evaluateRules(
      ds,
      { period: { start: '2024-01-01', end: '2024-03-31' } },
      { nation: 'england', rules: [eng11] },
    ).value;
    expect(f.map((x) => [x.childId, x.relatedChildId, x.from, x.to])).toEqual([
      ['A', 'B', '2024-03-01', '2024-03-31'],
    ]);
  });
  it('applies in Scotland from 26 July 2021 only', () => {
    const early = dataset({
      ...ds,
      placements: ds.placements.map(({ end: _end, ...p }) => ({
        ...p,
        start: p.start.replace('2024', '2021'),
      })),
    });
    expect(
      evaluateRules(early, { asOf: '2021-07-25' }, { nation: 'scotland', rules: [sco01] }).value,
    ).toEqual([]);
    expect(
      evaluateRules(early, { asOf: '2021-07-26' }, { nation: 'scotland', rules: [sco01] }).value,
    ).toHaveLength(1);
  });
});

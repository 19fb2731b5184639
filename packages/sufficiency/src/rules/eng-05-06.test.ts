import type { LocatedPostcode } from '@placewise/model';
import { derivePlacements } from '@placewise/ssda903';
import { describe, expect, it } from 'vitest';
import { child, dataset, episode, placement } from '../../test/fixtures.js';
import { evaluateRules } from '../evaluate-rules.js';
import { eng05 } from './eng-05.js';
import { eng06 } from './eng-06.js';

const LEEDS = 'E08000035';
const BRADFORD = 'E08000032';
const CORNWALL = 'E06000052';

const ds = dataset({
  responsibleAuthority: LEEDS,
  children: ['C1', 'C2', 'C3', 'C4'].map((id) => child(id, '2012-01-01')),
  placements: [
    placement('C1', '2024-01-01', undefined, 'U4', { locality: 'OUT', placementAuthority: BRADFORD }),
    placement('C2', '2024-01-01', undefined, 'K2', { locality: 'OUT', placementAuthority: CORNWALL }),
    placement('C3', '2024-01-01', undefined, 'K2', { locality: 'OUT', placementAuthority: CORNWALL }),
    placement('C4', '2024-01-01', undefined, 'U4', { locality: 'IN', placementAuthority: LEEDS }),
  ],
  approvals: [
    { childId: 'C1', placementStart: '2024-01-01', kind: 'nominated-officer', date: '2023-12-20' },
    {
      childId: 'C3',
      placementId: 'C3/2024-01-01',
      kind: 'director-of-childrens-services',
      date: '2023-12-20',
    },
  ],
});

describe('ENG-05 out-of-area approval', () => {
  it('needs approval for OUT placements with no nominated-officer or DCS approval', () => {
    const findings = evaluateRules(ds, { asOf: '2024-03-31' }, { nation: 'england', rules: [eng05] }).value;
    expect(findings.map((f) => [f.childId, f.severity])).toEqual([['C2', 'needs-approval']]);
  });
  it('reports nothing before 1 April 2011', () => {
    const old = dataset({
      ...ds,
      placements: [placement('C2', '2010-01-01', '2011-03-31', 'K2', { locality: 'OUT' })],
    });
    expect(evaluateRules(old, { asOf: '2011-03-31' }, { nation: 'england', rules: [eng05] }).value).toEqual(
      [],
    );
  });
});

describe('ENG-06 distant placement approval', () => {
  it('cannot decide without an adjacency table', () => {
    expect(evaluateRules(ds, { asOf: '2024-03-31' }, { nation: 'england', rules: [eng06] }).value).toEqual(
      [],
    );
  });
  it('needs DCS approval for OUT placements in a non-adjoining authority', () => {
    const findings = evaluateRules(
      ds,
      { asOf: '2024-03-31' },
      { nation: 'england', rules: [eng06], parameters: { 'ENG-06': { adjacency: { [LEEDS]: [BRADFORD] } } } },
    ).value;
    expect(findings.map((f) => f.childId)).toEqual(['C2']);
  });
  it('reports invalid parameters as an issue and runs with defaults', () => {
    const result = evaluateRules(
      ds,
      { asOf: '2024-03-31' },
      { nation: 'england', rules: [eng06], parameters: { 'ENG-06': { adjacency: 3 } } },
    );
    expect(result.issues.map((i) => i.code)).toEqual(['rule.parameters.invalid']);
    expect(result.value).toEqual([]);
  });
});

describe('ENG-05 and temporary moves', () => {
  // A child fostered in Leeds goes to hospital in Bradford for a week (T1) and comes home: the temporary
  // move is not a new out-of-area placement, so with no approvals recorded there is nothing to approve.
  const where: Record<string, LocatedPostcode> = {
    'LS1 1AA': {
      postcode: 'LS1 1AA',
      point: { easting: 430000, northing: 433000 },
      authority: LEEDS,
      nation: 'england',
      precision: 'unit',
    },
    'BD1 1AA': {
      postcode: 'BD1 1AA',
      point: { easting: 416000, northing: 433000 },
      authority: BRADFORD,
      nation: 'england',
      precision: 'unit',
    },
  };
  const episodes = [
    episode('C1', '2024-01-01', '2024-02-01', 'U4', {
      placementPostcode: 'LS1 1AA',
      homePostcode: 'LS1 1AA',
    }),
    episode('C1', '2024-02-01', '2024-02-08', 'T1', {
      reasonNewEpisode: 'P',
      placementPostcode: 'BD1 1AA',
      homePostcode: 'LS1 1AA',
    }),
    episode('C1', '2024-02-08', undefined, 'U4', {
      reasonNewEpisode: 'P',
      placementPostcode: 'LS1 1AA',
      homePostcode: 'LS1 1AA',
    }),
  ];
  const { value: placements } = derivePlacements(episodes, {
    locator: { locate: (p) => where[p] },
    responsibleAuthority: LEEDS,
  });

  it('finds no out-of-area placement in a U4 → T1 → U4 history', () => {
    expect(placements.map((p) => [p.placementType, p.locality, p.episodeCount])).toEqual([['U4', 'IN', 3]]);
    const run = evaluateRules(
      dataset({
        responsibleAuthority: LEEDS,
        children: [child('C1', '2012-01-01')],
        episodes,
        placements,
        approvals: [],
      }),
      { period: { start: '2024-01-01', end: '2024-03-31' } },
      { nation: 'england', rules: [eng05] },
    );
    expect(run.value).toEqual([]);
  });

  it('is not assessable without approval records, rather than a breach per out-of-area placement', () => {
    const { approvals: _, ...without } = ds;
    const run = evaluateRules(without, { asOf: '2024-03-31' }, { nation: 'england', rules: [eng05] });
    expect(run.value).toEqual([]);
    expect(run.issues[0]?.message).toMatch(
      /^ENG-05: Not assessable from this return: it rests on nominated-officer approvals/,
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { HomesCount, ProviderRecord } from './market-data.js';
import { describeShare } from './small-base.js';
import { countAgencies, countJudgements, countSupply, homesCountsOf } from './supply.js';

const row = (sector: HomesCount['sector'], homes: number, places: number): HomesCount => ({
  year: 2025,
  authority: 'E1',
  region: 'R',
  kind: 'childrens-home',
  sector,
  homes,
  places,
  shortBreakHomes: 0,
  shortBreakPlaces: 0,
});

describe('countSupply', () => {
  it('adds rows up by sector with each sector’s share of places', () => {
    const supply = countSupply([row('private', 3, 9), row('local-authority', 1, 6), row('private', 1, 5)]);
    expect(supply).toMatchObject({ homes: 5, places: 20 });
    expect(supply.bySector.map((s) => [s.sector, s.homes, s.places, s.share.text])).toEqual([
      ['local-authority', 1, 6, '30.0%'],
      ['private', 4, 14, '70.0%'],
    ]);
  });

  it('gives no share for an area with fewer than 3 homes', () => {
    const supply = countSupply([row('private', 1, 4), row('voluntary', 1, 2)]);
    expect(supply.bySector.every((s) => s.share.smallBase && s.share.share === undefined)).toBe(true);
    expect(supply.bySector[0]?.share.text).toBe('not shown: rests on 2 homes');
  });
});

describe('provider counts', () => {
  const provider = (urn: string, more: Partial<ProviderRecord>): ProviderRecord => ({
    urn,
    kind: 'childrens-home',
    authority: 'E1',
    region: 'R',
    sector: 'private',
    places: 4,
    shortBreakOnly: false,
    ...more,
  });
  const providers = [
    provider('1', { judgement: 'good' }),
    provider('2', { judgement: 'good', shortBreakOnly: true, places: 6 }),
    provider('3', { sector: 'local-authority' }),
    provider('4', { kind: 'fostering-agency', sector: 'voluntary', places: 0, judgement: 'outstanding' }),
  ];

  it('counts homes from a provider list the way the embedded table does', () => {
    const rows = homesCountsOf(providers, 2026);
    expect(rows).toEqual([
      { ...row('private', 2, 10), year: 2026, shortBreakHomes: 1, shortBreakPlaces: 6 },
      { ...row('local-authority', 1, 4), year: 2026 },
    ]);
  });

  it('counts judgements and agencies', () => {
    const judgements = countJudgements(providers.filter((p) => p.kind !== 'fostering-agency'));
    expect(judgements.find((j) => j.judgement === 'good')).toEqual({
      judgement: 'good',
      homes: 2,
      places: 10,
    });
    expect(judgements.find((j) => j.judgement === 'not-judged')).toEqual({
      judgement: 'not-judged',
      homes: 1,
      places: 4,
    });
    expect(countAgencies(providers)).toEqual({ total: 1, bySector: [{ sector: 'voluntary', agencies: 1 }] });
  });
});

describe('describeShare', () => {
  it('shows one decimal only on a sufficient base', () => {
    expect(describeShare(1, 3, { owners: 5, homes: 3 }).text).toBe('33.3%');
    expect(describeShare(1, 3, { owners: 4 }).text).toBe('not shown: rests on 4 owners');
    expect(describeShare(1, 1, { owners: 1 }).text).toBe('not shown: rests on 1 owner');
    expect(describeShare(0, 0).text).toBe('no places');
  });
});

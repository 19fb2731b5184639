import type { Child, Episode } from '@placewise/model';
import { describe, expect, it } from 'vitest';
import { buildFlowModel } from './flow-model.js';
import { ForecastOptionsError } from './forecast-options-error.js';
import { simulateChain } from './internal/simulate-chain.js';
import type { LongitudinalHistory } from './merge-returns.js';

const TWO = { U4: 'fostering', K2: 'residential' };
const ONE_BAND = [{ label: 'all', minAge: 0 }];

describe('buildFlowModel: recovering known rates', () => {
  const rates = {
    entries: { U4: 3, K2: 1 },
    moves: { U4: { K2: 1 / 800 }, K2: { U4: 1 / 300 } },
    leaves: { U4: 1 / 400, K2: 1 / 500 },
  };
  // 20 years after a 10-year burn-in: about 7,000 or more of each event, so one standard error is about 1.2%.
  const history = simulateChain(rates, { from: '1990-01-01', to: '2019-12-31', seed: 20240401 });
  const { value: model, issues } = buildFlowModel(history, {
    from: '2000-01-01',
    to: '2019-12-31',
    categories: TWO,
    ageBands: ONE_BAND,
  });
  const index = (category: string) => model.states.findIndex((s) => s.category === category);
  const f = index('fostering');
  const r = index('residential');

  it('fits every rate within 5% of the rate simulated', () => {
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    const within = (fitted: number, truth: number) => expect(Math.abs(fitted / truth - 1)).toBeLessThan(0.05);
    within(model.entryRates[f] as number, 3);
    within(model.entryRates[r] as number, 1);
    within(model.transitionRates[f]?.[r] as number, 1 / 800);
    within(model.transitionRates[r]?.[f] as number, 1 / 300);
    within(model.leaveRates[f] as number, 1 / 400);
    within(model.leaveRates[r] as number, 1 / 500);
  });

  it('rests on enough events for sampling error well below 5%', () => {
    for (const count of [
      model.transitionCounts[f]?.[r],
      model.transitionCounts[r]?.[f],
      model.leaveCounts[f],
      model.leaveCounts[r],
    ])
      expect(count).toBeGreaterThan(5000);
  });

  it('has no transitions into the state a child is already in, and a rate per state', () => {
    expect(model.transitionCounts[f]?.[f]).toBe(0);
    expect(model.states.map((s) => s.id)).toEqual(['all/fostering', 'all/residential', 'all/other']);
  });
});

const child = (id: string, dateOfBirth: string): Child => ({ id, sex: 'female', dateOfBirth, uasc: false });
const episode = (childId: string, start: string, placementType: string, end?: string): Episode => ({
  childId,
  start,
  ...(end ? { end } : {}),
  reasonNewEpisode: 'P',
  legalStatus: 'C2',
  categoryOfNeed: 'N1',
  placementType,
  placementProvider: 'PR1',
});

describe('buildFlowModel: counting one child by hand', () => {
  // Born 2015-06-10: turns 5 on 2020-06-10 (band 0-4 → 5-9).
  const history: LongitudinalHistory = {
    children: [child('A', '2015-06-10')],
    episodes: [
      episode('A', '2020-01-01', 'U4', '2020-03-01'), // fostering 60 days
      episode('A', '2020-03-01', 'K2', '2020-08-01'), // residential; birthday inside; leaves 2020-08-01
      episode('A', '2020-09-01', 'K2'), // a gap: re-enters, open
    ],
  };
  const { value: model } = buildFlowModel(history, { from: '2020-01-01', to: '2020-12-31' });
  const id = (s: string) => model.states.findIndex((x) => x.id === s);

  it('splits exposure at the birthday and at each episode', () => {
    expect(model.exposureDays[id('0-4/fostering')]).toBe(60);
    expect(model.exposureDays[id('0-4/residential')]).toBe(101); // 1 March to 9 June
    expect(model.exposureDays[id('5-9/residential')]).toBe(52 + 122); // 10 June–31 July, 1 Sep–31 Dec
  });

  it('counts the move, the ageing, the leaving and both entries', () => {
    expect(model.transitionCounts[id('0-4/fostering')]?.[id('0-4/residential')]).toBe(1);
    expect(model.transitionCounts[id('0-4/residential')]?.[id('5-9/residential')]).toBe(1);
    expect(model.leaveCounts[id('5-9/residential')]).toBe(1);
    expect(model.entryCounts[id('0-4/fostering')]).toBe(1);
    expect(model.entryCounts[id('5-9/residential')]).toBe(1);
    expect(model.stock[id('5-9/residential')]).toBe(1);
    expect(model.entryRates[id('0-4/fostering')]).toBeCloseTo(1 / 366, 12);
  });

  it('clips exposure and events to the window', () => {
    const { value: late } = buildFlowModel(history, { from: '2020-07-01', to: '2020-12-31' });
    expect(late.exposureDays[id('5-9/residential')]).toBe(31 + 122);
    expect(late.entryCounts[id('0-4/fostering')]).toBe(0);
    expect(late.transitionCounts[id('0-4/residential')]?.[id('5-9/residential')]).toBe(0);
  });

  it('reports episodes it cannot use instead of dropping them silently', () => {
    const bad: LongitudinalHistory = {
      children: [child('A', '2015-06-10')],
      episodes: [
        episode('B', '2020-01-01', 'U4'),
        episode('A', '2020-05-01', 'U4', '2020-04-01'),
        { ...episode('A', '2020-06-01', 'U4'), legalStatus: 'V3' },
      ],
    };
    const { issues } = buildFlowModel(bad, { from: '2020-01-01', to: '2020-12-31' });
    expect(issues.map((i) => i.code).sort()).toEqual([
      'forecast.episode.ends-before-start',
      'forecast.episode.no-child',
      'forecast.episode.short-break',
    ]);
    expect(JSON.stringify(issues)).not.toContain('2015-06-10');
  });

  it('throws a named error for options written wrongly', () => {
    expect(() => buildFlowModel(history, { from: '2021-01-01', to: '2020-01-01' })).toThrow(
      ForecastOptionsError,
    );
    expect(() =>
      buildFlowModel(history, {
        from: '2020-01-01',
        to: '2020-12-31',
        ageBands: [{ label: 'x', minAge: 3 }],
      }),
    ).toThrow(ForecastOptionsError);
  });
});

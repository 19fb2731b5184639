import { describe, expect, it } from 'vitest';
import { backtest } from './backtest.js';
import { simulateChain, splitIntoReturns } from './internal/simulate-chain.js';
import { mergeReturns } from './merge-returns.js';

describe('backtest', () => {
  // Multi-year synthetic returns with constant rates, sent one year at a time and merged back.
  const rates = {
    entries: { U4: 1.2, K2: 0.3, K3: 0.2 },
    moves: { U4: { K2: 1 / 900 }, K2: { U4: 1 / 400, K3: 1 / 500 } },
    leaves: { U4: 1 / 700, K2: 1 / 600, K3: 1 / 300 },
  };
  const simulated = simulateChain(rates, {
    from: '2012-04-01',
    to: '2024-03-31',
    seed: 7,
    entryAge: [0, 17],
    leaveAt18: true,
  });
  const { value: history } = mergeReturns(splitIntoReturns(simulated, 2018, 2023));

  it('compares the projection with what was observed, per category, and scores it by MAPE', () => {
    const { value, issues } = backtest(history, {
      fitFrom: '2018-04-01',
      fitTo: '2022-03-31',
      horizonDays: 730,
    });
    expect(issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(value.dates[0]).toBe('2022-03-31');
    expect(value.observed.fostering?.[0]).toBeCloseTo(value.projected.fostering?.[0] as number, 9);
    for (const category of ['fostering', 'residential', 'supported']) {
      expect(value.mape[category]).toBeGreaterThan(0);
      expect(value.mape[category]).toBeLessThan(15);
    }
    expect(value.mape.other).toBeNull();
    expect(value.totalMape).toBeLessThan(10);
  });

  it('cuts the horizon to the data it has, and says so', () => {
    const { value, issues } = backtest(history, {
      fitFrom: '2018-04-01',
      fitTo: '2023-03-31',
      horizonDays: 730,
    });
    expect(issues.map((i) => i.code)).toContain('forecast.backtest.horizon-cut');
    expect((value.dates.at(-1) as string) <= '2024-03-31').toBe(true);
  });
});

describe('backtest on too little', () => {
  it('marks a back-test fitted on fewer than 20 children incomplete, with the reason', () => {
    const base = { reasonNewEpisode: 'S', legalStatus: 'C2', categoryOfNeed: 'N1', placementType: 'U4' };
    const ids = ['A', 'B', 'C'];
    const result = backtest(
      {
        children: ids.map((id) => ({ id, sex: 'female' as const, dateOfBirth: '2012-01-01', uasc: false })),
        episodes: ids.map((childId) => ({ childId, start: '2022-05-01', ...base })),
        coveredTo: '2024-03-31',
      },
      { fitFrom: '2022-04-01', fitTo: '2023-03-31', horizonDays: 365 },
    );
    expect(result.status).toBe('incomplete');
    expect(result.reason).toContain('3 children');
  });
});

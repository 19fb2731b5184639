import { describe, expect, it } from 'vitest';
import { forecastDemand } from './forecast-demand.js';
import { forecastYearEnds } from './forecast-year-ends.js';
import { simulateChain } from './internal/simulate-chain.js';

const history = simulateChain(
  {
    entries: { U4: 0.5, K2: 0.2 },
    moves: { U4: { K2: 1 / 800 }, K2: { U4: 1 / 500 } },
    leaves: { U4: 1 / 650, K2: 1 / 400 },
  },
  { from: '2015-04-01', to: '2024-03-31', seed: 31, entryAge: [0, 17], leaveAt18: true },
);

describe('forecastYearEnds', () => {
  it('gives exactly the 31 March figures of forecastDemand, weekly (between dates) and daily (on them)', () => {
    for (const step of ['week', 'day'] as const) {
      // From 31 March, a weekly grid passes each 31 March between two dates; a daily one lands on it.
      const options = { from: '2021-04-01', to: '2024-03-31', horizonDays: 1096, step, samples: 40, seed: 3 };
      const full = forecastDemand(history, options);
      const only = forecastYearEnds(history, options);
      // The start (31 March 2024) and the three 31 Marches after it.
      expect(only.value?.yearEnds.map((y) => y.date)).toEqual([
        '2024-03-31',
        '2025-03-31',
        '2026-03-31',
        '2027-03-31',
      ]);
      expect(only.value?.yearEnds).toEqual(full.value?.yearEnds);
      expect(only.value?.model).toEqual(full.value?.model);
      expect({ ...only, value: undefined }).toEqual({ ...full, value: undefined });
    }
  });

  it('keeps the figures under a scenario and a start date off 31 March', () => {
    const options = {
      from: '2021-04-01',
      to: '2024-03-31',
      start: '2024-01-10',
      horizonDays: 800,
      step: 'week' as const,
      samples: 25,
      adjustments: {
        entryMultiplier: 1.2,
        stateChanges: [{ ageBand: '10-15', category: 'fostering', add: 3 }],
      },
    };
    const full = forecastDemand(history, options);
    expect(forecastYearEnds(history, options).value?.yearEnds).toEqual(full.value?.yearEnds);
    expect(full.value?.yearEnds.map((y) => y.date)).toEqual(['2024-03-31', '2025-03-31']);
  });

  it('is refused as forecastDemand is, with no value, when no child is in the window', () => {
    // The history starts in April 2015.
    const options = { from: '2012-04-01', to: '2013-03-31', horizonDays: 365, samples: 10 };
    const full = forecastDemand(history, options);
    expect(full.value).toBeUndefined();
    expect(forecastYearEnds(history, options)).toEqual(full);
  });
});

import { describe, expect, it } from 'vitest';
import { BASELINE_SCENARIO, compareScenarios } from './compare-scenarios.js';
import { simulateChain } from './internal/simulate-chain.js';
import { observeDemand } from './observe-demand.js';
import { projectSpend } from './project-spend.js';
import { tabulateForecast } from './tabulate-forecast.js';

const history = simulateChain(
  { entries: { U4: 0.3, K2: 0.08 }, moves: { K2: { U4: 1 / 500 } }, leaves: { U4: 1 / 700, K2: 1 / 400 } },
  { from: '2016-04-01', to: '2024-03-31', seed: 17, entryAge: [0, 15] },
);
const options = {
  from: '2021-04-01',
  to: '2024-03-31',
  categories: { U4: 'fostering', K2: 'residential' },
  horizonDays: 1095,
  step: 'week' as const,
  samples: 30,
  seed: 2,
};

describe('compareScenarios', () => {
  const { value, status } = compareScenarios(
    history,
    [
      { name: 'Fewer entries', entryMultiplier: 0.9 },
      // Fitted step-down is 1/500 a day (0.73 a year): 1.5 a year doubles it.
      { name: 'Step-down', transitionRates: [{ from: 'residential', to: 'fostering', perYear: 1.5 }] },
    ],
    options,
  );

  it('forecasts the fitted rates and each scenario side by side, on each 31 March', () => {
    expect(status).toBe('complete');
    expect(value?.scenarios.map((s) => s.name)).toEqual([BASELINE_SCENARIO, 'Fewer entries', 'Step-down']);
    // 3 scenarios × 4 dates (2024 to 2027) × 4 rows (fostering, residential, other, total).
    expect(value?.rows).toHaveLength(48);
    const total = (scenario: string, date: string) =>
      value?.rows.find((r) => r.scenario === scenario && r.date === date && r.category === 'total')?.expected;
    expect(total('Fewer entries', '2024-03-31')).toBe(total(BASELINE_SCENARIO, '2024-03-31'));
    expect(total('Fewer entries', '2027-03-31') as number).toBeLessThan(
      total(BASELINE_SCENARIO, '2027-03-31') as number,
    );
    const residential = (scenario: string) =>
      value?.rows.find(
        (r) => r.scenario === scenario && r.date === '2027-03-31' && r.category === 'residential',
      )?.expected as number;
    expect(residential('Step-down')).toBeLessThan(residential(BASELINE_SCENARIO));
  });

  it('lays every part out as tables with the same numbers', () => {
    const forecast = value?.scenarios[0]?.forecast;
    if (!forecast) throw new Error('no forecast');
    const { value: spend } = projectSpend(forecast, { fostering: 90_000, residential: 600_000, other: 0 });
    const observed = observeDemand(history, { ...options, step: 'week' }).value;
    const tables = tabulateForecast({ forecast, history: observed, spend, scenarios: value?.rows ?? [] });
    expect(tables.map((t) => t.name)).toEqual(['history', 'projection', 'year-ends', 'spend', 'scenarios']);
    const projection = tables[1];
    expect(projection?.rows).toHaveLength(forecast.projection.dates.length * 4);
    const last = projection?.rows.at(-1);
    expect(last?.[1]).toBe('total');
    expect(last?.[2]).toBe(Math.round((forecast.projection.total.at(-1) as number) * 10) / 10);
    const spendTotal = tables[3]?.rows.find((r) => r[0] === spend[0]?.collectionYear && r[3] === 'total');
    expect(spendTotal?.[5]).toBe((spend[0]?.total.expected as number) / 100);
  });
});

import { describe, expect, it } from 'vitest';
import type { FlowModel } from './flow-model-types.js';
import { type DemandForecast, forecastDemand } from './forecast-demand.js';
import { simulateChain } from './internal/simulate-chain.js';
import { projectDemand } from './project-demand.js';
import { projectSpend } from './project-spend.js';
import { listStates } from './states.js';

function steadyModel(stock: number[]): FlowModel {
  const ageBands = [{ label: 'all', minAge: 0 }];
  const categories = ['fostering', 'residential'];
  const zeros = [0, 0];
  return {
    from: '2023-04-01',
    to: '2024-03-31',
    windowDays: 366,
    categories,
    ageBands,
    states: listStates(ageBands, categories),
    exposureDays: zeros,
    transitionCounts: [zeros, zeros],
    leaveCounts: zeros,
    entryCounts: zeros,
    transitionRates: [zeros, zeros],
    leaveRates: zeros,
    entryRates: zeros,
    stock,
    children: 0,
  };
}

describe('projectSpend', () => {
  it('multiplies child-days by the weekly cost over 7, per collection year', () => {
    const projection = projectDemand(steadyModel([10, 2]), { start: '2024-03-31', horizonDays: 365 });
    const { value, issues } = projectSpend(projection, { fostering: 70_000, residential: 700_000 });
    expect(issues).toEqual([]);
    expect(value[0]?.byCategory.fostering?.expected).toBe(10 * 365 * 10_000);
    expect(value[0]?.byCategory.residential?.expected).toBe(2 * 365 * 100_000);
    expect(value[0]?.total.expected).toBe(10 * 365 * 10_000 + 2 * 365 * 100_000);
    expect(value[0]?.total.lower95).toBeUndefined();
  });

  it('warns about a category without a cost and leaves it out of the total', () => {
    const projection = projectDemand(steadyModel([10, 2]), { start: '2024-03-31', horizonDays: 365 });
    const { value, issues } = projectSpend(projection, { fostering: 70_000 });
    expect(issues.map((i) => i.code)).toEqual(['forecast.spend.no-cost']);
    expect(value[0]?.total.expected).toBe(10 * 365 * 10_000);
  });

  it('warns about a cost for a category the projection does not have (a typo), and does not use it', () => {
    const projection = projectDemand(steadyModel([10, 2]), { start: '2024-03-31', horizonDays: 365 });
    // Typed by hand: `residental` for residential.
    const { value, issues } = projectSpend(projection, { fostering: 70_000, residental: 700_000 });
    expect(issues.map((i) => [i.code, i.severity, i.location.path])).toEqual([
      ['forecast.spend.no-cost', 'warning', ['weeklyCostByCategory', 'residential']],
      ['forecast.spend.unknown-category', 'warning', ['weeklyCostByCategory', 'residental']],
    ]);
    expect(issues[1]?.message).toContain('fostering, residential');
    expect(value[0]?.total.expected).toBe(10 * 365 * 10_000);
  });

  it('carries bootstrap intervals through to money', () => {
    const history = simulateChain(
      { entries: { U4: 0.5, K2: 0.1 }, moves: { K2: { U4: 1 / 400 } }, leaves: { U4: 1 / 600, K2: 1 / 500 } },
      { from: '2016-04-01', to: '2024-03-31', seed: 3 },
    );
    const forecast = forecastDemand(history, {
      from: '2021-04-01',
      to: '2024-03-31',
      categories: { U4: 'fostering', K2: 'residential' },
      horizonDays: 730,
      step: 'week',
      samples: 80,
      seed: 11,
    }).value as DemandForecast;
    const { value } = projectSpend(forecast, { fostering: 90_000, residential: 600_000, other: 0 });
    for (const year of value) {
      const t = year.total;
      expect(t.lower95).toBeLessThanOrEqual(t.lower80 as number);
      expect(t.lower80).toBeLessThan(t.expected);
      expect(t.upper80).toBeGreaterThan(t.expected);
      expect(t.upper95).toBeGreaterThanOrEqual(t.upper80 as number);
    }
  });
});

describe('projectSpend with cost lines and a price index', () => {
  const projection = projectDemand(steadyModel([10, 2]), { start: '2024-03-31', horizonDays: 730 });
  const costs = {
    fostering: 70_000,
    // Residential: in-house 30% at £4,500 a week, external 70% at £6,100.
    residential: [
      { label: 'in-house', share: 0.3, weekly: 450_000 },
      { label: 'external', share: 0.7, weekly: 610_000 },
    ],
  };
  // An annual index by calendar year, as ONS publishes CPI: 2024 = 100, 2025 = 105.
  const index: Record<string, number> = { '2024': 100, '2025': 105 };
  const priceIndex = (date: string) => index[date.slice(0, 4)];

  it('costs each line by its share and carries the index to each year', () => {
    const { value, issues } = projectSpend(projection, costs, { priceIndex, costsAt: '2024-03-31' });
    expect(issues).toEqual([]);
    const [first, second] = value;
    // 2 children × 365 days × (0.3 × £4,500 + 0.7 × £6,100) / 7, in pence.
    expect(first?.byCategory.residential?.expected).toBe(
      Math.round((730 * (0.3 * 450_000 + 0.7 * 610_000)) / 7),
    );
    expect(first?.byLine.residential?.['in-house']?.expected).toBe(Math.round((730 * 135_000) / 7));
    expect(first?.byLine.residential?.external?.expected).toBe(44_530_000);
    expect(first?.priceFactor).toBe(1);
    // 2025-26's middle (30 September 2025) is priced at 105 / 100.
    expect(second?.priceFactor).toBeCloseTo(1.05, 12);
    expect(second?.byCategory.fostering?.expected).toBe(38_325_000);
  });

  it('reports lines that do not add up, and years the index does not reach', () => {
    const { value, issues } = projectSpend(
      projection,
      { ...costs, residential: [{ label: 'x', share: 0.5, weekly: 1 }] },
      { priceIndex: (date) => (date < '2025-01-01' ? 100 : undefined), costsAt: '2024-03-31' },
    );
    expect(issues.map((i) => i.code)).toEqual(['forecast.spend.lines', 'forecast.spend.no-price-index']);
    expect(value[0]?.byCategory.residential).toBeUndefined();
    expect(value[1]?.priceFactor).toBe(1);
  });
});

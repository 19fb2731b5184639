import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { twoStateModel } from '../test/two-state-model.js';
import { parseScenarios } from './parse-scenarios.js';
import { projectDemand } from './project-demand.js';
import { Scenario, ScenarioFile } from './scenario.js';

const model = (lambda: number, a: number, c: number, b: number, stock: [number, number]) =>
  twoStateModel(lambda, a, c, b, stock, {
    from: '2021-04-01',
    to: '2024-03-31',
    windowDays: 1096,
    children: 100,
  });

const [lambda, a, c, b] = [0.4, 1 / 800, 1 / 500, 1 / 350];
const base = model(lambda, a, c, b, [200, 60]);

describe('scenarios in projectDemand', () => {
  it('a 10% entry-rate cut lowers the projection by the closed-form amount', () => {
    // The entries enter linearly: cutting λ by 10% lowers x_A(t) by 0.1·λ/k·(1 − e^(−kt)), k = a + c, and
    // x_B(t) by 0.1·(a·λ/(k·b))·(1 − e^(−bt)) + 0.1·(a·(−λ/k)/(b − k))·(e^(−kt) − e^(−bt)) (worked by hand
    // from the two-state solution, with the stock's part unchanged).
    const before = projectDemand(base, { horizonDays: 1096 });
    const after = projectDemand(base, { horizonDays: 1096, adjustments: { entryMultiplier: 0.9 } });
    const k = a + c;
    for (const t of [1, 365, 730, 1096]) {
      const dropA = 0.1 * (lambda / k) * (1 - Math.exp(-k * t));
      const dropB =
        0.1 *
        (((a * lambda) / (k * b)) * (1 - Math.exp(-b * t)) +
          ((a * (-lambda / k)) / (b - k)) * (Math.exp(-k * t) - Math.exp(-b * t)));
      const beforeA = before.byCategory.A?.[t] as number;
      const afterA = after.byCategory.A?.[t] as number;
      expect(beforeA - afterA).toBeCloseTo(dropA, 6);
      expect((before.byCategory.B?.[t] as number) - (after.byCategory.B?.[t] as number)).toBeCloseTo(
        dropB,
        6,
      );
    }
    // Sanity on size: three years on, the cut is about 10% of the entries' share of A.
    expect((before.byCategory.A?.[1096] as number) - (after.byCategory.A?.[1096] as number)).toBeGreaterThan(
      10,
    );
  });

  it('sets a step-down rate outright, per child-year', () => {
    const set = projectDemand(base, {
      horizonDays: 730,
      adjustments: { transitionRates: [{ from: 'A', to: 'B', perYear: 0.5 }] },
    });
    const same = projectDemand(model(lambda, 0.5 / 365.25, c, b, [200, 60]), { horizonDays: 730 });
    expect(set.byCategory.B?.[730]).toBeCloseTo(same.byCategory.B?.[730] as number, 9);
  });

  it('fixes the entrants per year: 146.1 a year is 0.4 a day, the fitted rate', () => {
    const fixed = projectDemand(model(1, a, c, b, [200, 60]), {
      horizonDays: 365,
      adjustments: { entrantsPerYear: 0.4 * 365.25 },
    });
    expect(fixed.total[365]).toBeCloseTo(projectDemand(base, { horizonDays: 365 }).total[365] as number, 9);
  });

  it('adds to and multiplies one age band × category from the first projected date', () => {
    const plain = projectDemand(base, { horizonDays: 30 });
    const changed = projectDemand(base, {
      horizonDays: 30,
      adjustments: {
        stateChanges: [
          { ageBand: 'all', category: 'A', multiplier: 1.1 },
          { ageBand: 'all', category: 'B', add: -5 },
        ],
      },
    });
    expect(changed.byCategory.A?.[0]).toBe(200);
    expect(changed.byCategory.A?.[30]).toBeCloseTo((plain.byCategory.A?.[30] as number) * 1.1, 9);
    expect(changed.byCategory.B?.[30]).toBeCloseTo((plain.byCategory.B?.[30] as number) - 5, 9);
  });

  it('gives figures on each 31 March, never drifting to 30 or 29 March', () => {
    const daily = projectDemand(base, { start: '2024-03-31', horizonDays: 1095 });
    expect(daily.yearEnds.map((y) => y.date)).toEqual([
      '2024-03-31',
      '2025-03-31',
      '2026-03-31',
      '2027-03-31',
    ]);
    expect(daily.yearEnds[1]?.total).toBe(daily.total[365]);
    expect(daily.yearEnds[2]?.total).toBe(daily.total[730]);
    const weekly = projectDemand(base, { start: '2024-03-31', horizonDays: 1095, step: 'week' });
    expect(weekly.yearEnds.map((y) => y.date)).toEqual(daily.yearEnds.map((y) => y.date));
    expect(weekly.yearEnds[3]?.total).toBeCloseTo(daily.yearEnds[3]?.total as number, 1);
  });
});

describe('parseScenarios', () => {
  it('reads one scenario, a list, or { scenarios }', () => {
    const one = { name: 'Fewer entries', entryMultiplier: 0.9 };
    expect(parseScenarios(one).value).toEqual([one]);
    expect(parseScenarios([one, { name: 'B', entrantsPerYear: 120 }]).value).toHaveLength(2);
    expect(parseScenarios({ scenarios: [one] }).value).toEqual([one]);
  });

  it('reports wrong shapes, unknown names and duplicates with a path, never throwing', () => {
    const shape = parseScenarios({ name: 'X', entryMultiplier: -1, colour: 'red' });
    expect(shape.value).toEqual([]);
    expect(shape.issues.every((i) => i.code === 'forecast.scenario.invalid')).toBe(true);
    const names = parseScenarios(
      [
        { name: 'X', stateChanges: [{ ageBand: '0-4', category: 'residential', add: 2 }] },
        { name: 'X', transitionRates: [{ from: 'secure', to: 'fostering', perYear: 0.1 }] },
      ],
      { categories: ['fostering', 'residential'], ageBands: ['0-4', '5-9'] },
    );
    expect(names.issues.map((i) => [i.code, i.location.path])).toEqual([
      ['forecast.scenario.duplicate', [1, 'name']],
      ['forecast.scenario.unknown-name', [1, 'transitionRates', 0, 'from']],
    ]);
    expect(
      parseScenarios({ name: 'Y', stateChanges: [{ ageBand: '0-4', category: 'A' }] }).issues,
    ).toHaveLength(1);
  });

  it('names the key a misspelt one most likely meant, located at it, as every Placewise input does', () => {
    const { issues } = parseScenarios({
      scenarios: [
        {
          name: 'A',
          entryMultiplir: 0.9,
          stateChanges: [{ ageBand: '0-4', category: 'x', multiplier: 2, ad: 1 }],
        },
      ],
    });
    expect(issues.map((i) => [i.code, i.location.path, i.message])).toEqual([
      [
        'forecast.scenario.invalid',
        ['scenarios', 0, 'stateChanges', 0, 'ad'],
        'scenarios.0.stateChanges.0: unknown field ad; did you mean add?',
      ],
      [
        'forecast.scenario.invalid',
        ['scenarios', 0, 'entryMultiplir'],
        'scenarios.0: unknown field entryMultiplir; did you mean entryMultiplier?',
      ],
    ]);
  });

  it('has its JSON Schema committed and up to date (pnpm --filter @placewise/forecast schema)', () => {
    const committed = JSON.parse(
      readFileSync(new URL('../schema/scenario.schema.json', import.meta.url), 'utf8'),
    );
    const { $schema, ...rest } = z.toJSONSchema(ScenarioFile, { io: 'input' });
    expect(committed).toEqual({ $schema, title: 'Placewise forecast scenarios', ...rest });
    expect(
      Scenario.safeParse({ name: 'ok', stateChanges: [{ ageBand: 'a', category: 'b', add: 1 }] }).success,
    ).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { currentPlacementsFromFees, projectAnnualSpend } from './projection.js';
import { projectScenario, SpendScenario } from './scenario.js';

const placements = [
  { category: 'childrens-home' as const, weekly: 600_000 },
  { category: 'childrens-home' as const, weekly: 800_000 },
  { category: 'fostering-in-house' as const, weekly: 50_000 },
  { category: 'fostering-agency' as const, weekly: 90_000 },
];

describe('projectAnnualSpend', () => {
  it('multiplies weekly totals by 52.1775 weeks per category', () => {
    const spend = projectAnnualSpend(placements);
    expect(spend.count).toBe(4);
    expect(spend.weekly).toBe(1_540_000);
    expect(spend.byCategory[0]).toEqual({
      category: 'childrens-home',
      count: 2,
      weekly: 1_400_000,
      meanWeekly: 700_000,
      annual: 73_048_500,
    });
    expect(spend.annual).toBe(spend.byCategory.reduce((s, c) => s + c.annual, 0));
    expect(projectAnnualSpend(placements, { weeksPerYear: 52 }).annual).toBe(1_540_000 * 52);
  });
});

describe('currentPlacementsFromFees', () => {
  it('adds the fees in force on the day per placement and reports fees without a category', () => {
    const { value, issues } = currentPlacementsFromFees(
      [
        {
          id: 'F1',
          placementId: 'P1',
          amount: 500_000,
          unit: 'week',
          from: '2024-01-01',
          category: 'childrens-home',
        },
        {
          id: 'F2',
          placementId: 'P1',
          amount: 10_000,
          unit: 'day',
          from: '2024-01-01',
          category: 'childrens-home',
        },
        {
          id: 'F3',
          amount: 500_000,
          unit: 'week',
          from: '2023-01-01',
          to: '2023-12-31',
          category: 'childrens-home',
        },
        { id: 'F4', amount: 500_000, unit: 'week', from: '2024-01-01' },
      ],
      { asOf: '2024-06-01' },
    );
    expect(value).toEqual([{ id: 'P1', category: 'childrens-home', weekly: 570_000 }]);
    expect(issues.map((i) => [i.code, i.location.path])).toEqual([
      ['projection.no-category', [3, 'category']],
    ]);
  });
});

describe('projectScenario', () => {
  it('moves children at stated or mean unit costs and states the saving and assumptions', () => {
    const scenario = SpendScenario.parse({
      name: 'Step down',
      moves: [{ from: 'childrens-home', to: 'fostering-in-house', count: 1, toWeekly: 70_000 }],
    });
    const { value, issues } = projectScenario(placements, scenario);
    expect(issues).toEqual([]);
    expect(value.moves).toEqual([
      {
        from: 'childrens-home',
        to: 'fostering-in-house',
        count: 1,
        fromWeekly: 700_000,
        toWeekly: 70_000,
        weeklySaving: 630_000,
        annualSaving: 32_871_825,
      },
    ]);
    expect(value.saving.weekly).toBe(630_000);
    expect(value.saving.annual).toBe(value.baseline.annual - value.projected.annual);
    expect(Math.abs(value.saving.annual - 32_871_825)).toBeLessThanOrEqual(2);
    expect(value.projected.count).toBe(4);
    expect(value.assumptions.join(' ')).toContain("£7,000.00 a week each (the category's current mean)");
    expect(value.name).toBe('Step down');
  });

  it('reports moves it cannot make and applies the rest', () => {
    const { value, issues } = projectScenario(placements, {
      moves: [
        { from: 'fostering-agency', to: 'fostering-in-house', count: 3 },
        { from: 'fostering-agency', to: 'supported-accommodation', count: 1 },
        { from: 'fostering-agency', to: 'fostering-in-house', count: 1 },
      ],
    });
    expect(issues.map((i) => [i.code, i.location.path])).toEqual([
      ['scenario.too-many', ['moves', 0, 'count']],
      ['scenario.no-unit-cost', ['moves', 1, 'toWeekly']],
    ]);
    expect(value.moves).toHaveLength(1);
    expect(value.saving.weekly).toBe(40_000);
  });
});

import { describe, expect, it } from 'vitest';
import { readSpendScenario } from './read-spend-scenario.js';

describe('readSpendScenario', () => {
  it('turns pounds a week into pence', () => {
    const read = readSpendScenario({
      name: 'Step down',
      moves: [
        {
          from: 'childrens-home',
          to: 'fostering-in-house',
          count: 2,
          weeklyCost: '650',
          fromWeeklyCost: 5200.5,
        },
      ],
    });
    expect(read.issues).toEqual([]);
    expect(read.value?.moves[0]).toEqual({
      from: 'childrens-home',
      to: 'fostering-in-house',
      count: 2,
      toWeekly: 65_000,
      fromWeekly: 520_050,
    });
  });

  it('gives located issues and no scenario when a move is wrong', () => {
    const read = readSpendScenario(
      { moves: [{ from: 'childrens-home', to: 'nowhere', count: 2, weeklyCost: 'lots' }] },
      { file: 's.json' },
    );
    expect(read.value).toBeUndefined();
    expect(read.issues.map((i) => i.location.path)).toEqual([
      ['moves', 0, 'weeklyCost'],
      ['moves', 0, 'to'],
    ]);
    expect(read.issues.every((i) => i.location.file === 's.json')).toBe(true);
  });

  it("refuses a typo'd key, naming the key it most likely meant, at every level", () => {
    // Written by hand as a person types one: `weeklyCosts` for weeklyCost, `nmae` for name.
    const read = readSpendScenario(
      {
        nmae: 'Step down',
        moves: [
          { from: 'childrens-home', to: 'fostering-in-house', count: 2, weeklyCost: 650 },
          { from: 'childrens-home', to: 'fostering-agency', count: 1, weeklyCosts: 900 },
        ],
      },
      { file: 's.json' },
    );
    expect(read.value).toBeUndefined();
    expect(read.issues.map((i) => [i.severity, i.location.path, i.message])).toEqual([
      ['error', ['nmae'], 'unknown field nmae; did you mean name?'],
      ['error', ['moves', 1, 'weeklyCosts'], 'unknown field weeklyCosts; did you mean weeklyCost?'],
    ]);
    expect(read.issues.every((i) => i.location.file === 's.json')).toBe(true);
  });
});

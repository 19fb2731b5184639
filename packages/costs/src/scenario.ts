import { type Issue, Pence, PlacementCategory, type Result } from '@placewise/model';
import * as z from 'zod';
import { roundPence } from './internal/round.js';
import { formatPounds } from './money.js';
import {
  type CurrentPlacement,
  type ProjectAnnualSpendOptions,
  projectTotals,
  type SpendProjection,
  totalsOf,
} from './projection.js';
import { WEEKS_PER_YEAR } from './weekly.js';

/**
 * A what-if: move some children from one placement category to another at stated unit costs.
 * Unit costs are pence per week; left out, each side is its category's current mean.
 *
 * @example
 * SpendScenario.parse({ name: 'Step down', moves: [{ from: 'childrens-home', to: 'fostering-in-house', count: 5, toWeekly: 65_000 }] });
 */
export const SpendScenario = z.object({
  name: z.string().optional(),
  moves: z
    .array(
      z.object({
        from: PlacementCategory,
        to: PlacementCategory,
        count: z.number().int().positive(),
        /** What each child costs a week where they go. */
        toWeekly: Pence.nonnegative().optional(),
        /** What each child costs a week where they are now. */
        fromWeekly: Pence.nonnegative().optional(),
      }),
    )
    .min(1),
});
/** @see {@link SpendScenario} */
export type SpendScenario = z.infer<typeof SpendScenario>;

/** One move as applied. */
export interface AppliedMove {
  from: PlacementCategory;
  to: PlacementCategory;
  count: number;
  fromWeekly: Pence;
  toWeekly: Pence;
  /** (fromWeekly − toWeekly) × count. */
  weeklySaving: Pence;
  annualSaving: Pence;
}

/** What {@link projectScenario} returns. */
export interface ScenarioProjection {
  name?: string;
  baseline: SpendProjection;
  projected: SpendProjection;
  /** baseline − projected: positive is a saving. */
  saving: { weekly: Pence; annual: Pence };
  moves: AppliedMove[];
  /** The assumptions behind the figures, in words. */
  assumptions: string[];
}

/**
 * Projects a year's spend before and after a scenario's moves and states the saving and the
 * assumptions behind it. A move that asks for more children than a category has, or whose
 * destination has no cost to assume, is reported and not applied.
 *
 * @example
 * const { value } = projectScenario(
 *   [{ category: 'childrens-home', weekly: 600_000 }, { category: 'fostering-in-house', weekly: 50_000 }],
 *   { moves: [{ from: 'childrens-home', to: 'fostering-in-house', count: 1 }] },
 * );
 * value.saving.weekly; // 550_000
 */
export function projectScenario(
  placements: readonly CurrentPlacement[],
  scenario: SpendScenario,
  options: ProjectAnnualSpendOptions = {},
): Result<ScenarioProjection> {
  const weeks = options.weeksPerYear ?? WEEKS_PER_YEAR;
  const baselineTotals = totalsOf(placements);
  const totals = new Map([...baselineTotals].map(([k, v]) => [k, { ...v }]));
  const issues: Issue[] = [];
  const moves: AppliedMove[] = [];
  const assumptions = [
    `A year is ${weeks.toFixed(4)} weeks; every placement is assumed to last the whole year at its current weekly cost.`,
    'No transition costs, fee uplifts, new entrants or leavers are modelled.',
  ];
  scenario.moves.forEach((move, i) => {
    const from = totals.get(move.from) ?? { count: 0, weekly: 0 };
    const to = totals.get(move.to) ?? { count: 0, weekly: 0 };
    const at = (field: string) => ({ path: ['moves', i, field] });
    if (move.count > from.count) {
      issues.push({
        code: 'scenario.too-many',
        severity: 'error',
        message: `Move ${i + 1} moves ${move.count} children out of ${move.from}, which has ${from.count}; not applied.`,
        location: at('count'),
      });
      return;
    }
    const fromWeekly = move.fromWeekly ?? roundPence(from.weekly / from.count);
    const toWeekly = move.toWeekly ?? (to.count > 0 ? roundPence(to.weekly / to.count) : undefined);
    if (toWeekly === undefined) {
      issues.push({
        code: 'scenario.no-unit-cost',
        severity: 'error',
        message: `Move ${i + 1} goes to ${move.to}, which has no placements to take a cost from; give toWeekly. Not applied.`,
        location: at('toWeekly'),
      });
      return;
    }
    totals.set(move.from, { count: from.count - move.count, weekly: from.weekly - move.count * fromWeekly });
    totals.set(move.to, { count: to.count + move.count, weekly: to.weekly + move.count * toWeekly });
    const weeklySaving = (fromWeekly - toWeekly) * move.count;
    moves.push({
      from: move.from,
      to: move.to,
      count: move.count,
      fromWeekly,
      toWeekly,
      weeklySaving,
      annualSaving: roundPence(weeklySaving * weeks),
    });
    assumptions.push(
      `Move ${i + 1}: ${move.count} from ${move.from} at ${formatPounds(fromWeekly)} a week each (${move.fromWeekly === undefined ? "the category's current mean" : 'as given'}) to ${move.to} at ${formatPounds(toWeekly)} a week (${move.toWeekly === undefined ? "the category's current mean" : 'as given'}).`,
    );
  });
  const baseline = projectTotals(baselineTotals, options);
  const projected = projectTotals(totals, options);
  const result: ScenarioProjection = {
    baseline,
    projected,
    saving: { weekly: baseline.weekly - projected.weekly, annual: baseline.annual - projected.annual },
    moves,
    assumptions,
  };
  if (scenario.name !== undefined) result.name = scenario.name;
  return { value: result, issues };
}

import { strictObject } from '@placewise/model';
import * as z from 'zod';

const Multiplier = z.number().finite().nonnegative();
const ByCategory = z.union([Multiplier, z.record(z.string().min(1), Multiplier)]);

/**
 * Changes to a fitted flow model: what a scenario says. Multipliers scale the fitted rates (a number
 * applies to every category, a record per category, 1 where a category is not named); `transitionRates`
 * sets a step-down or step-up rate outright; `entrantsPerYear` fixes the number of children entering care;
 * `stateChanges` adds to or multiplies the projected number of children in one age band × category.
 *
 * @example
 * const adjustments: DemandAdjustments = {
 *   entryMultiplier: 0.9,
 *   transitionMultipliers: [{ from: 'residential', to: 'fostering', multiplier: 1.2 }],
 *   stateChanges: [{ ageBand: '16-17', category: 'supported', add: 5 }],
 * };
 */
export const DemandAdjustments = strictObject({
  /** Multiplies entry rates (by the category entered). */
  entryMultiplier: ByCategory.optional(),
  /** Multiplies leaving rates (by the category left from). */
  leaveMultiplier: ByCategory.optional(),
  /** Multiplies the rates of moving from one category to another (step-down, step-up), in every age band. */
  transitionMultipliers: z
    .array(strictObject({ from: z.string().min(1), to: z.string().min(1), multiplier: Multiplier }))
    .optional(),
  /**
   * Sets the rate of moving from one category to another within an age band, as moves per child-year in
   * the `from` category (0.25: a quarter of residential children step down each year, at a constant rate).
   */
  transitionRates: z
    .array(
      strictObject({
        from: z.string().min(1),
        to: z.string().min(1),
        perYear: z.number().finite().nonnegative(),
      }),
    )
    .optional(),
  /**
   * Children entering care each year, whatever the fitted entry rate: spread over age bands and categories
   * as the (multiplied) fitted entries are.
   */
  entrantsPerYear: z.number().finite().nonnegative().optional(),
  /**
   * Changes to the projected number of children in one age band × category, from the first projected date
   * on: `multiplier` scales it, `add` adds children (negative removes; the count stays at or above 0).
   * Rates and flows are not changed: this is the planner's override of a figure.
   */
  stateChanges: z
    .array(
      strictObject({
        ageBand: z.string().min(1),
        category: z.string().min(1),
        multiplier: Multiplier.optional(),
        add: z.number().finite().optional(),
      }).refine((c) => c.multiplier !== undefined || c.add !== undefined, {
        message: 'Give a multiplier, an add, or both.',
      }),
    )
    .optional(),
});
/** @see {@link DemandAdjustments} */
export type DemandAdjustments = z.infer<typeof DemandAdjustments>;

/**
 * A named scenario, as read from `--scenario s.json`: {@link DemandAdjustments} with a name (and an optional
 * description). The committed JSON Schema `schema/scenario.schema.json` is generated from it.
 *
 * @example
 * const scenario = Scenario.parse({ name: 'Fewer entries', entryMultiplier: 0.9 });
 */
export const Scenario = DemandAdjustments.extend({
  /** The schema the file was written against (ignored). */
  $schema: z.string().optional(),
  name: z.string().min(1),
  description: z.string().optional(),
});
/** @see {@link Scenario} */
export type Scenario = z.infer<typeof Scenario>;

/**
 * A scenario file: one scenario, a list of them, or `{ "scenarios": [...] }`.
 *
 * @example
 * ScenarioFile.parse({ scenarios: [{ name: 'A' }, { name: 'B', entrantsPerYear: 120 }] });
 */
export const ScenarioFile = z.union([
  Scenario,
  z.array(Scenario).min(1),
  strictObject({ $schema: z.string().optional(), scenarios: z.array(Scenario).min(1) }),
]);
/** @see {@link ScenarioFile} */
export type ScenarioFile = z.infer<typeof ScenarioFile>;

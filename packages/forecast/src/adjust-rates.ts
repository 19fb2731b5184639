import type { FlowModel } from './flow-model-types.js';
import type { Rates } from './internal/integrate.js';
import type { DemandAdjustments } from './scenario.js';
import type { FlowState } from './states.js';

const DAYS_PER_YEAR = 365.25;

/**
 * Applies a scenario to a model's daily rates: multipliers first, then `transitionRates` set outright
 * (per child-year, within each age band), then `entrantsPerYear` rescales the entries to that total.
 * `stateChanges` act on projected counts, not rates (see `projectDemand`).
 *
 * @example
 * const rates = adjustRates(model, { entryMultiplier: 0.9, entrantsPerYear: 150 });
 */
export function adjustRates(model: FlowModel, adjustments: DemandAdjustments = {}): Rates {
  const factor = (m: number | Readonly<Record<string, number>> | undefined, category: string) =>
    m === undefined ? 1 : typeof m === 'number' ? m : (m[category] ?? 1);
  const { states } = model;
  const category = (i: number) => (states[i] as FlowState).category;
  let entries = model.entryRates.map((r, i) => r * factor(adjustments.entryMultiplier, category(i)));
  if (adjustments.entrantsPerYear !== undefined) {
    const total = entries.reduce((sum, r) => sum + r, 0);
    const wanted = adjustments.entrantsPerYear / DAYS_PER_YEAR;
    // With no fitted entries to copy the spread from, spread evenly over the states.
    entries = entries.map((r) => (total > 0 ? (r / total) * wanted : wanted / entries.length));
  }
  return {
    entries,
    leaves: model.leaveRates.map((r, i) => r * factor(adjustments.leaveMultiplier, category(i))),
    transitions: model.transitionRates.map((row, i) =>
      row.map((r, j) => {
        let rate = r;
        for (const t of adjustments.transitionMultipliers ?? [])
          if (t.from === category(i) && t.to === category(j)) rate *= t.multiplier;
        const sameBand = states[i]?.bandIndex === states[j]?.bandIndex;
        for (const t of adjustments.transitionRates ?? [])
          if (sameBand && t.from === category(i) && t.to === category(j)) rate = t.perYear / DAYS_PER_YEAR;
        return rate;
      }),
    ),
  };
}

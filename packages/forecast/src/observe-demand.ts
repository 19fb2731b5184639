import type { IsoDate, Issue } from '@placewise/model';
import type { Coverage } from '@placewise/ssda903';
import type { BuildFlowModelOptions } from './flow-model-types.js';
import { resolveCoverage } from './internal/check-fit.js';
import { birthdayDay, fromDay, toDay } from './internal/day.js';
import { groupPieces } from './internal/pieces.js';
import { resolveStates } from './internal/prepare.js';
import type { LongitudinalHistory } from './merge-returns.js';
import type { FlowState } from './states.js';

/**
 * Options of {@link observeDemand}: the same categories and bands as a flow model, and a date grid.
 *
 * @example
 * const options: ObserveDemandOptions = { from: '2021-04-01', to: '2024-03-31', step: 'week' };
 */
export interface ObserveDemandOptions extends BuildFlowModelOptions {
  /** Step between observed dates. Default `'day'`. */
  step?: 'day' | 'week';
  /**
   * Rows read and used, when the history does not carry its own (`mergeReturns` sums each return's).
   * Default: the history's `coverage`, else the forecast's own count of the episodes it could use.
   */
  coverage?: Coverage;
}

/**
 * What {@link observeDemand} gives: the counts, the `coverage` they rest on, and `status` `incomplete` (with a
 * one-line `reason`) when fewer rows were usable than the coverage threshold asks. The counts are given either
 * way: they are what the data says, and the status says how far to trust it.
 *
 * @example
 * const { value, status, reason } = observeDemand(history, { from: '2023-04-01', to: '2024-03-31' });
 * const note = status === 'incomplete' ? reason : undefined;
 */
export interface ObserveDemandResult {
  value: ObservedDemand;
  status: 'complete' | 'incomplete';
  coverage: Coverage;
  reason?: string;
  issues: Issue[];
}

/**
 * Children in care on each date of a grid, by state and category: the history a projection continues.
 *
 * @example
 * const { value } = observeDemand(history, { from: '2023-04-01', to: '2024-03-31', step: 'week' });
 * value.total.at(-1); // children in care on the last grid date
 */
export interface ObservedDemand {
  dates: IsoDate[];
  states: FlowState[];
  categories: string[];
  byState: number[][];
  byCategory: Record<string, number[]>;
  total: number[];
}

/**
 * Counts the children in care on each date from `from` to `to` (every day or every 7 days), by age band ×
 * category. A child is in care on a date when a period of care (`derivePeriodsOfCare` of `@placewise/ssda903`)
 * has begun (DECOM on or before it) and has not ended (no DEC, or DEC after it): the DfE's "looked after on
 * 31 March" convention. The category is that of the child's placement (`derivePlacements`) that day; a child
 * on a temporary move (T0–T4) counts in the placement the move interrupted, as the indicators count them.
 *
 * @example
 * const { value: observed } = observeDemand(history, { from: '2021-04-01', to: '2024-03-31', step: 'week' });
 */
export function observeDemand(
  history: LongitudinalHistory,
  options: ObserveDemandOptions,
): ObserveDemandResult {
  const resolved = resolveStates(options);
  const from = toDay(options.from);
  const stepDays = options.step === 'week' ? 7 : 1;
  const count = Math.floor((toDay(options.to) - from) / stepDays) + 1;
  const { children, issues } = groupPieces(history, resolved);
  const categoryCount = resolved.categories.length;
  const counts = resolved.states.map(() => new Array<number>(count).fill(0));
  for (const child of children) {
    const boundaries = resolved.ageBands.map((band) => birthdayDay(child.dateOfBirth, band.minAge));
    for (const piece of child.pieces) {
      const first = Math.max(0, Math.ceil((piece.start - from) / stepDays));
      const stop = piece.end ?? Number.POSITIVE_INFINITY;
      for (let k = first; k < count && from + k * stepDays < stop; k++) {
        const day = from + k * stepDays;
        let band = 0;
        for (let b = 1; b < boundaries.length; b++) if ((boundaries[b] as number) <= day) band = b;
        const row = counts[band * categoryCount + piece.category] as number[];
        row[k] = (row[k] as number) + 1;
      }
    }
  }
  const dates = Array.from({ length: count }, (_, k) => fromDay(from + k * stepDays));
  const byCategory = Object.fromEntries(
    resolved.categories.map((category) => [
      category,
      dates.map((_, k) =>
        resolved.states.reduce(
          (sum, s, i) => (s.category === category ? sum + (counts[i]?.[k] as number) : sum),
          0,
        ),
      ),
    ]),
  );
  const total = dates.map((_, k) => counts.reduce((sum, row) => sum + (row[k] as number), 0));
  const outIssues: Issue[] = [...issues];
  const coverage = resolveCoverage(history, outIssues, options.coverage);
  return {
    value: {
      dates,
      states: resolved.states,
      categories: resolved.categories,
      byState: counts,
      byCategory,
      total,
    },
    status: coverage.status,
    coverage,
    ...(coverage.reason ? { reason: coverage.reason } : {}),
    issues: outIssues,
  };
}

import type { IsoDate, Issue } from '@placewise/model';
import type { BuildFlowModelOptions, FlowModel } from '../flow-model-types.js';
import { ForecastOptionsError } from '../forecast-options-error.js';
import type { LongitudinalHistory } from '../merge-returns.js';
import {
  type AgeBand,
  categorise,
  DEFAULT_AGE_BANDS,
  DEFAULT_FORECAST_CATEGORIES,
  type FlowState,
  listCategories,
  listStates,
} from '../states.js';
import { toDay } from './day.js';
import { type CollectedFlows, collectFlows } from './flows.js';
import type { GroupPiecesOptions } from './pieces.js';
import { type FlowTotals, type PackedFlows, sumFlows } from './sum-flows.js';

/** What fitting and bootstrapping share: resolved options and each child's flows. */
export interface PreparedFlows {
  from: IsoDate;
  to: IsoDate;
  windowDays: number;
  categories: string[];
  ageBands: AgeBand[];
  states: FlowState[];
  collected: CollectedFlows;
  /** The children's flows packed for summing (the bootstrap's inner loop). */
  packed: PackedFlows;
}

/** Categories, age bands and states an options object resolves to, with the episode categoriser. */
export function resolveStates(options: BuildFlowModelOptions): {
  categories: string[];
  ageBands: AgeBand[];
  states: FlowState[];
  categoryIndexOf: GroupPiecesOptions['categoryIndexOf'];
  includeShortBreaks: boolean;
} {
  const ageBands = [...(options.ageBands ?? DEFAULT_AGE_BANDS)];
  checkAgeBands(ageBands);
  const map = options.categories ?? DEFAULT_FORECAST_CATEGORIES;
  const categories = listCategories(map);
  const categoryOf = categorise(map);
  const index = new Map(categories.map((c, i) => [c, i]));
  const cache = new Map<string, Map<string | undefined, number>>();
  return {
    categories,
    ageBands,
    states: listStates(ageBands, categories),
    categoryIndexOf: (e) => {
      // Two keys in two maps: a region asks this for every placement, and a joined key was a new string each time.
      let byProvider = cache.get(e.placementType);
      if (!byProvider) {
        byProvider = new Map();
        cache.set(e.placementType, byProvider);
      }
      let found = byProvider.get(e.placementProvider);
      if (found === undefined) {
        found = index.get(categoryOf(e.placementType, e.placementProvider)) as number;
        byProvider.set(e.placementProvider, found);
      }
      return found;
    },
    includeShortBreaks: options.includeShortBreaks ?? false,
  };
}

export function prepareFlows(history: LongitudinalHistory, options: BuildFlowModelOptions): PreparedFlows {
  const resolved = resolveStates(options);
  const from = toDay(options.from);
  const to = toDay(options.to);
  if (!(to >= from)) throw new ForecastOptionsError('`to` must not be before `from`.');
  const collected = collectFlows(history, {
    ...resolved,
    from,
    to,
    categoryCount: resolved.categories.length,
  });
  return {
    from: options.from,
    to: options.to,
    windowDays: to - from + 1,
    categories: resolved.categories,
    ageBands: resolved.ageBands,
    states: resolved.states,
    collected,
    packed: collected.packed,
  };
}

function checkAgeBands(ageBands: readonly AgeBand[]): void {
  if (ageBands[0]?.minAge !== 0) throw new ForecastOptionsError('The first age band must start at 0.');
  for (let i = 1; i < ageBands.length; i++) {
    if (!((ageBands[i]?.minAge as number) > (ageBands[i - 1]?.minAge as number)))
      throw new ForecastOptionsError('Age bands must be in ascending order of minAge.');
  }
}

const rate = (count: number, exposure: number) => (exposure > 0 ? count / exposure : 0);

/** Daily rates by state: a row of transition rates per state, and leaving and entry rates. */
export interface FlowRates {
  transitions: Float64Array[];
  leaves: Float64Array;
  entries: Float64Array;
}

/** Rates of n states, all zero, for {@link ratesFromTotals} to fill again and again. */
export function createFlowRates(n: number): FlowRates {
  return {
    transitions: Array.from({ length: n }, () => new Float64Array(n)),
    leaves: new Float64Array(n),
    entries: new Float64Array(n),
  };
}

/**
 * The daily rates of {@link modelFromTotals}'s model, as `adjustRates` gives them with no scenario, into
 * `into` (new rates when omitted: a bootstrap reuses one set for all its samples).
 */
export function ratesFromTotals(
  prepared: PreparedFlows,
  totals: FlowTotals,
  into: FlowRates = createFlowRates(totals.exposure.length),
): FlowRates {
  // Plain loops, not typed arrays' `map`: `map` with a callback was a sixth of a region's bootstrap.
  const { exposure } = totals;
  const n = exposure.length;
  const { leaves, entries } = into;
  for (let i = 0; i < n; i++) {
    const counts = totals.transitions[i] as Float64Array;
    const row = into.transitions[i] as Float64Array;
    for (let j = 0; j < counts.length; j++) row[j] = rate(counts[j] as number, exposure[i] as number);
    leaves[i] = rate(totals.leaves[i] as number, exposure[i] as number);
    entries[i] = (totals.entries[i] as number) / prepared.windowDays;
  }
  return into;
}

export function modelFromTotals(prepared: PreparedFlows, totals: FlowTotals): FlowModel {
  const rates = ratesFromTotals(prepared, totals);
  return {
    from: prepared.from,
    to: prepared.to,
    windowDays: prepared.windowDays,
    categories: prepared.categories,
    ageBands: prepared.ageBands,
    states: prepared.states,
    exposureDays: [...totals.exposure],
    transitionCounts: totals.transitions.map((row) => [...row]),
    leaveCounts: [...totals.leaves],
    entryCounts: [...totals.entries],
    transitionRates: rates.transitions.map((row) => [...row]),
    leaveRates: [...rates.leaves],
    entryRates: [...rates.entries],
    stock: [...prepared.collected.stock],
    children: prepared.packed.childCount,
  };
}

/** Prepares and fits in one pass, keeping the per-child flows for a bootstrap. */
export function fitFlows(
  history: LongitudinalHistory,
  options: BuildFlowModelOptions,
): { prepared: PreparedFlows; model: FlowModel; issues: Issue[] } {
  const prepared = prepareFlows(history, options);
  const issues: Issue[] = [...prepared.collected.issues];
  if (history.coveredTo !== undefined && options.to > history.coveredTo) {
    issues.push({
      code: 'forecast.window.beyond-data',
      severity: 'warning',
      message: 'The fitting window ends after the last return: rates after it are understated.',
      location: { path: ['to'] },
    });
  }
  const model = modelFromTotals(prepared, sumFlows(prepared.packed));
  return { prepared, model, issues };
}

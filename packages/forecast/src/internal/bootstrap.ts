import type { FlowModel } from '../flow-model-types.js';
import type { SeriesIntervals } from '../forecast-figures.js';
import type { DemandAdjustments } from '../scenario.js';
import { createIntegrateWorkspace, integrate, releaseIntegrateWorkspace } from './integrate.js';
import type { ProjectionPlan } from './plan.js';
import { createFlowRates, modelFromTotals, type PreparedFlows, ratesFromTotals } from './prepare.js';
import { projectValues } from './project-values.js';
import { quantileSorted } from './quantile.js';
import { createPicker } from './random.js';
import { categorySeries, childDays, yearSlots } from './series.js';
import {
  createFlowTotals,
  type FlowTotals,
  placedFlowsBytes,
  placeFlows,
  slotCount,
  sumFlowPair,
  sumFlows,
} from './sum-flows.js';

/** What the bootstrap keeps of each sample's projection. */
export interface BootstrapOptions {
  samples: number;
  seed: number;
  adjustments: DemandAdjustments | undefined;
  /**
   * The projection's date indices to keep, ascending. Omitted: every date, with each state's series and
   * each sample's child-days by year (what `forecastDemand` gives); given: category counts on those dates only.
   */
  dates?: readonly number[];
}

/** Draws of every sample, sample-major: `categories[(s · dates + k) · width + c]`. */
export interface BootstrapDraws {
  dates: number;
  states: Float32Array | undefined;
  categories: Float32Array;
  sampleChildDays: number[][][];
}

/**
 * Resamples children with replacement (as many as the history has), refits the rates from their flows and
 * reprojects, `samples` times. Each draw picks a child uniformly; a sample counts how often each child was
 * picked and sums the packed flows once per child, which gives the same totals as adding each pick in turn.
 * One sample's totals, rates and projection are used up before the next is made, so one set of buffers
 * serves them all.
 */
export function bootstrap(
  prepared: PreparedFlows,
  model: FlowModel,
  plan: ProjectionPlan,
  options: BootstrapOptions,
): BootstrapDraws {
  const { samples } = options;
  const n = model.states.length;
  const width = model.categories.length;
  const all = plan.steps + 1;
  const kept = options.dates;
  const dates = kept ? kept.length : all;
  const states = kept ? undefined : new Float32Array(samples * dates * n);
  const categories = new Float32Array(samples * dates * width);
  const categoryIndex = new Map(model.categories.map((c, i) => [c, i]));
  const stateCategory = model.states.map((s) => categoryIndex.get(s.category) as number);
  const slots = kept ? [] : yearSlots(plan.startDay, plan.steps, plan.stepDays);
  const sampleChildDays: number[][][] = [];
  const { packed } = prepared;
  const children = packed.childCount;
  // With the WebAssembly kernels the picks, the packed flows (copied once, summed a hundred times) and both
  // samples' totals go in the projection's memory too, where the kernels draw and sum them.
  const flat = 8 * slotCount(n);
  const counts = 8 * Math.ceil(children / 2);
  const workspace = createIntegrateWorkspace(
    n,
    plan.steps,
    true,
    2 * flat + 2 * counts + placedFlowsBytes(packed),
  );
  const kernel = workspace.kernel;
  const at = kernel?.spareAt ?? 0;
  const inKernel = kernel?.memory.buffer;
  const placed = kernel ? placeFlows(packed, kernel.memory, at + 2 * flat + 2 * counts) : undefined;
  const pick = createPicker(options.seed, kernel?.memory);
  // Two samples at a time are drawn (in turn, so each gets the draws it would alone) and summed together,
  // one pass over the packed flows for both; each is then projected on its own.
  const times = inKernel ? new Uint32Array(inKernel, at + 2 * flat, children) : new Uint32Array(children);
  const timesNext = inKernel
    ? new Uint32Array(inKernel, at + 2 * flat + counts, children)
    : new Uint32Array(children);
  const sums = new Float64Array(width);
  const totals = createFlowTotals(n, inKernel, at);
  const totalsNext = createFlowTotals(n, inKernel, at + flat);
  const rates = createFlowRates(n);
  const buffer = kernel?.result ?? new Float64Array(all * n);
  const project = (s: number, sampleTotals: FlowTotals): void => {
    // Without a scenario the rates are the fitted ones as they stand: skip building a whole model.
    const values = options.adjustments
      ? projectValues(modelFromTotals(prepared, sampleTotals), options.adjustments, plan)
      : integrate(
          ratesFromTotals(prepared, sampleTotals, rates),
          plan.initial,
          plan.steps,
          plan.stepDays,
          buffer,
          workspace,
        );
    if (kept) {
      for (let d = 0; d < dates; d++) {
        const k = kept[d] as number;
        // Summed in state order from zero, as `categorySeries` does, so the draws equal the full path's.
        sums.fill(0);
        for (let j = 0; j < n; j++)
          sums[stateCategory[j] as number] =
            (sums[stateCategory[j] as number] as number) + (values[k * n + j] as number);
        categories.set(sums, (s * dates + d) * width);
      }
      return;
    }
    states?.set(values, s * dates * n);
    const series = categorySeries(values, model.states, model.categories);
    series.forEach((one, c) => {
      for (let k = 0; k < dates; k++) categories[(s * dates + k) * width + c] = one[k] as number;
    });
    const days = series.map((one) => childDays(one, slots, plan.stepDays));
    sampleChildDays.push(slots.map((_, y) => days.map((perYear) => perYear[y] as number)));
  };
  for (let s = 0; s < samples; s += 2) {
    pick(times, children);
    if (s + 1 < samples) {
      pick(timesNext, children);
      sumFlowPair(packed, times, timesNext, totals, totalsNext, placed);
      project(s, totals);
      project(s + 1, totalsNext);
    } else {
      sumFlows(packed, times, totals, placed);
      project(s, totals);
    }
  }
  // The draws are copies: the projections' buffer can go to the next bootstrap.
  releaseIntegrateWorkspace(workspace);
  return { dates, states, categories, sampleChildDays };
}

/** Central 80% and 95% intervals, date by date, of the sum of some columns of sample-major draws. */
export function intervalsOf(
  draws: Float32Array,
  samples: number,
  dates: number,
  width: number,
  columns: readonly number[],
): SeriesIntervals {
  const result: SeriesIntervals = { lower95: [], lower80: [], upper80: [], upper95: [] };
  const values = new Float64Array(samples);
  for (let k = 0; k < dates; k++) {
    for (let s = 0; s < samples; s++) {
      let sum = 0;
      for (const c of columns) sum += draws[(s * dates + k) * width + c] as number;
      values[s] = sum;
    }
    values.sort();
    result.lower95.push(quantileSorted(values, 0.025));
    result.lower80.push(quantileSorted(values, 0.1));
    result.upper80.push(quantileSorted(values, 0.9));
    result.upper95.push(quantileSorted(values, 0.975));
  }
  return result;
}

/** Each category's intervals and the total's, from a bootstrap's category draws. */
export function categoryIntervals(
  draws: BootstrapDraws,
  samples: number,
  categories: readonly string[],
): { byCategory: Record<string, SeriesIntervals>; total: SeriesIntervals } {
  const width = categories.length;
  const of = (columns: number[]) => intervalsOf(draws.categories, samples, draws.dates, width, columns);
  return {
    byCategory: Object.fromEntries(categories.map((c, i) => [c, of([i])])),
    total: of(categories.map((_, i) => i)),
  };
}

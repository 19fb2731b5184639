import { countPlans, planExhaustive } from './exhaustive.js';
import { planGreedy } from './greedy.js';
import { buildInstance, type Instance } from './instance.js';
import { addPlace, emptyMatching, type Matching, scratchFor } from './matching.js';
import type { AddedPlace, Candidate, CapacityPlan, PlanCapacityOptions, PlannerChild } from './types.js';

/**
 * Recommends where to add places so the most children placed away come within `withinMiles` of home (or
 * the most weekly cost is saved): a capacitated facility-location problem. Small problems (at most
 * `exactLimit` plans) are searched exhaustively; larger ones greedily by gain per place, with an upper
 * bound from submodularity, so `gap` says how far from the best the plan can be. A child counts for a
 * candidate only if it is within the distance there and nearer than now.
 *
 * @example
 * const plan = planCapacity(children, candidates, { places: 12, type: 'childrens-home' });
 * plan.childrenBroughtBack; plan.gap; plan.added.map((p) => p.marginalValue);
 */
export function planCapacity(
  children: readonly PlannerChild[],
  candidates: readonly Candidate[],
  options: PlanCapacityOptions,
): CapacityPlan {
  const instance = buildInstance(children, candidates, options);
  const places = Math.max(0, Math.floor(options.places));
  const useful = instance.eligible.flatMap((list, j) => (list.length > 0 ? [j] : []));
  const limit = options.exactLimit ?? 20_000;
  let matching: Matching;
  let added: AddedPlace[];
  let bound: number;
  let method: CapacityPlan['method'];
  if (countPlans(instance, useful, places, limit) <= limit) {
    matching = planExhaustive(instance, children.length, useful, places);
    added = replay(instance, children.length, matching, candidates);
    bound = matching.value;
    method = 'exhaustive';
  } else {
    const greedy = planGreedy(instance, children.length, places);
    matching = greedy.matching;
    added = greedy.order.map((o) => ({
      candidate: (candidates[o.site] as Candidate).id,
      marginalValue: o.gain,
    }));
    bound = greedy.bound;
    method = 'greedy';
  }
  return summarise(instance, children, candidates, matching, added, bound, method, options);
}

/** The marginal value of each place of a fixed plan, adding them site by site. */
function replay(
  instance: Instance,
  n: number,
  plan: Matching,
  candidates: readonly Candidate[],
): AddedPlace[] {
  const m = emptyMatching(instance, n);
  const scratch = scratchFor(instance);
  const added: AddedPlace[] = [];
  plan.slots.forEach((count, j) => {
    for (let k = 0; k < count; k++)
      added.push({
        candidate: (candidates[j] as Candidate).id,
        marginalValue: addPlace(instance, m, j, scratch),
      });
  });
  return added;
}

function summarise(
  instance: Instance,
  children: readonly PlannerChild[],
  candidates: readonly Candidate[],
  m: Matching,
  added: AddedPlace[],
  bound: number,
  method: CapacityPlan['method'],
  options: PlanCapacityOptions,
): CapacityPlan {
  let brought = 0;
  let milesSaved = 0;
  let costChange: number | null = options.placeWeeklyCost === undefined ? null : 0;
  m.site.forEach((j, c) => {
    if (j < 0) return;
    brought += 1;
    const child = children[c] as PlannerChild;
    const list = instance.eligible[j] as Int32Array;
    const at = list.indexOf(c);
    const miles = (instance.miles[j] as Float64Array)[at] as number;
    if (child.currentMiles !== null) milesSaved += child.currentMiles - miles;
    if (costChange !== null)
      costChange =
        child.weeklyCost === undefined
          ? null
          : costChange + (options.placeWeeklyCost ?? 0) - child.weeklyCost;
  });
  const sites = [...m.slots.keys()]
    .filter((j) => (m.slots[j] as number) > 0)
    .map((j) => ({
      candidate: (candidates[j] as Candidate).id,
      places: m.slots[j] as number,
      children: m.used[j] as number,
    }))
    .sort((a, b) => b.places - a.places || b.children - a.children || (a.candidate < b.candidate ? -1 : 1));
  const value = Math.round(m.value * 100) / 100;
  const upper = Math.round(bound * 100) / 100;
  return {
    sites,
    added,
    childrenBroughtBack: brought,
    milesSaved: Math.round(milesSaved * 10) / 10,
    costChange: costChange === null ? null : Math.round(costChange * 100) / 100,
    value,
    bound: upper,
    gap: upper === 0 ? 0 : Math.round(((upper - value) / upper) * 10_000) / 10_000,
    method,
  };
}

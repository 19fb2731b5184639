import type { Instance } from './instance.js';
import { addPlace, bestPath, copyMatching, emptyMatching, type Matching, scratchFor } from './matching.js';

/** The greedy plan: places added one by one (a new site opens with its minimum), with a data-dependent bound. */
export interface GreedyResult {
  matching: Matching;
  order: { site: number; gain: number }[];
  bound: number;
}

/** The sum of the `places` largest single-place gains, each site counted up to its room left. */
function topGains(gains: Float64Array, room: Int32Array, places: number): number {
  const entries: number[] = [];
  gains.forEach((g, j) => {
    if (g > 0) for (let r = 0; r < Math.min(room[j] as number, places); r++) entries.push(g);
  });
  entries.sort((a, b) => b - a);
  let sum = 0;
  for (let k = 0; k < Math.min(places, entries.length); k++) sum += entries[k] as number;
  return sum;
}

/**
 * Greedy by gain per place. The value is a weighted transversal-matroid rank of the places, so monotone and
 * submodular; after each step the best possible is at most the value so far plus the `places` largest
 * single-place gains (Nemhauser, Wolsey and Fisher 1978), and the least such figure is the bound. Internal.
 */
export function planGreedy(instance: Instance, children: number, places: number): GreedyResult {
  const m = emptyMatching(instance, children);
  const scratch = scratchFor(instance);
  const sites = instance.eligible.length;
  const gains = new Float64Array(sites);
  const room = new Int32Array(sites);
  const order: GreedyResult['order'] = [];
  let bound = Number.POSITIVE_INFINITY;
  let left = places;
  while (left > 0) {
    let best = -1;
    let bestPerPlace = 0;
    let bestOpen = 0;
    for (let j = 0; j < sites; j++) {
      const slots = m.slots[j] as number;
      room[j] = instance.max - slots;
      if (room[j] === 0 || (instance.eligible[j] as Int32Array).length === 0) {
        gains[j] = 0;
        continue;
      }
      gains[j] = bestPath(instance, m, j, scratch).gain;
      let perPlace = gains[j] as number;
      let open = 1;
      if (slots === 0 && instance.min > 1) {
        if (left < instance.min) continue;
        // Submodular: the mean gain of the first `min` places is at most the first's, so skip the trial
        // when the first cannot beat the best so far.
        if (perPlace <= bestPerPlace + 1e-12) continue;
        const trial = copyMatching(m);
        let total = 0;
        for (let k = 0; k < instance.min; k++) total += addPlace(instance, trial, j, scratch);
        perPlace = total / instance.min;
        open = instance.min;
      }
      if (perPlace > bestPerPlace + 1e-12) {
        best = j;
        bestPerPlace = perPlace;
        bestOpen = open;
      }
    }
    bound = Math.min(bound, m.value + topGains(gains, room, places));
    if (best < 0) break;
    for (let k = 0; k < bestOpen; k++) order.push({ site: best, gain: addPlace(instance, m, best, scratch) });
    left -= bestOpen;
  }
  if (left === 0) {
    // The bound at the final plan too.
    for (let j = 0; j < sites; j++) {
      room[j] = instance.max - (m.slots[j] as number);
      gains[j] = room[j] === 0 ? 0 : bestPath(instance, m, j, scratch).gain;
    }
    bound = Math.min(bound, m.value + topGains(gains, room, places));
  }
  return { matching: m, order, bound: Math.max(bound, m.value) };
}

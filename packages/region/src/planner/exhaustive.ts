import type { Instance } from './instance.js';
import { emptyMatching, type Matching } from './matching.js';

/** Max-weight matching for fixed places: children by weight, heaviest first, each by an augmenting path (matroid greedy). */
export function matchFixed(instance: Instance, children: number, slots: Int32Array): Matching {
  const m = emptyMatching(instance, children);
  m.slots.set(slots);
  // Sites each child may use.
  const sitesOf: number[][] = Array.from({ length: children }, () => []);
  instance.eligible.forEach((list, j) => {
    if ((slots[j] as number) > 0) for (const c of list) (sitesOf[c] as number[]).push(j);
  });
  const byWeight = [...sitesOf.keys()].filter((c) => (sitesOf[c] as number[]).length > 0);
  byWeight.sort((a, b) => (instance.weight[b] as number) - (instance.weight[a] as number) || a - b);
  for (const c of byWeight) {
    const seen = new Uint8Array(slots.length);
    if (augment(c)) m.value += instance.weight[c] as number;
    function augment(child: number): boolean {
      for (const j of sitesOf[child] as number[]) {
        if (seen[j]) continue;
        seen[j] = 1;
        if ((m.used[j] as number) < (slots[j] as number)) {
          m.site[child] = j;
          m.used[j] = (m.used[j] as number) + 1;
          return true;
        }
        for (let other = 0; other < children; other++) {
          if (m.site[other] !== j) continue;
          if (augment(other)) {
            m.site[child] = j;
            return true;
          }
        }
      }
      return false;
    }
  }
  return m;
}

/** How many plans there are (places per site 0 or min..max, at most `places` in all), capped at `limit + 1`. */
export function countPlans(
  instance: Instance,
  sites: readonly number[],
  places: number,
  limit: number,
): number {
  // ways[p]: plans using exactly p places over the sites so far.
  let ways = new Array<number>(places + 1).fill(0);
  ways[0] = 1;
  for (const _ of sites) {
    const next = new Array<number>(places + 1).fill(0);
    for (let p = 0; p <= places; p++) {
      if (!ways[p]) continue;
      next[p] = Math.min(limit + 1, (next[p] as number) + (ways[p] as number));
      for (let y = instance.min; y <= instance.max && p + y <= places; y++)
        next[p + y] = Math.min(limit + 1, (next[p + y] as number) + (ways[p] as number));
    }
    ways = next;
  }
  return Math.min(
    limit + 1,
    ways.reduce((a, b) => a + b, 0),
  );
}

/** Every plan evaluated exactly; the best (fewest places among equals). Internal. */
export function planExhaustive(
  instance: Instance,
  children: number,
  sites: readonly number[],
  places: number,
): Matching {
  const slots = new Int32Array(instance.eligible.length);
  let best = matchFixed(instance, children, slots);
  let bestPlaces = 0;
  const visit = (k: number, left: number) => {
    if (k === sites.length) {
      const used = places - left;
      const m = matchFixed(instance, children, slots);
      if (m.value > best.value + 1e-9 || (Math.abs(m.value - best.value) <= 1e-9 && used < bestPlaces)) {
        best = m;
        bestPlaces = used;
      }
      return;
    }
    const j = sites[k] as number;
    visit(k + 1, left);
    for (let y = instance.min; y <= instance.max && y <= left; y++) {
      slots[j] = y;
      visit(k + 1, left - y);
    }
    slots[j] = 0;
  };
  visit(0, places);
  return best;
}

import type { Instance } from './instance.js';

/** A matching of children to added places: which site each child is at (-1: none) and the places per site. */
export interface Matching {
  site: Int32Array;
  slots: Int32Array;
  used: Int32Array;
  value: number;
}

/** An empty matching for an instance. Internal. */
export function emptyMatching(instance: Instance, children: number): Matching {
  const sites = instance.eligible.length;
  return {
    site: new Int32Array(children).fill(-1),
    slots: new Int32Array(sites),
    used: new Int32Array(sites),
    value: 0,
  };
}

/** A copy that can be changed without touching the original. Internal. */
export function copyMatching(m: Matching): Matching {
  return { site: m.site.slice(), slots: m.slots.slice(), used: m.used.slice(), value: m.value };
}

interface Path {
  gain: number;
  child: number;
  at: number;
  parentSite: Int32Array;
  parentChild: Int32Array;
}

/**
 * The best gain from one more place at `start`: the heaviest unmatched child reachable by an alternating
 * path (start takes a child matched elsewhere, whose site takes another, …). Internal.
 */
export function bestPath(instance: Instance, m: Matching, start: number, scratch: Int32Array[]): Path {
  const [parentSite, parentChild, queue] = scratch as [Int32Array, Int32Array, Int32Array];
  parentSite.fill(-2);
  parentSite[start] = -1;
  queue[0] = start;
  let head = 0;
  let tail = 1;
  let best: Path = { gain: 0, child: -1, at: -1, parentSite, parentChild };
  while (head < tail) {
    const s = queue[head++] as number;
    const list = instance.eligible[s] as Int32Array;
    for (let k = 0; k < list.length; k++) {
      const c = list[k] as number;
      const at = m.site[c] as number;
      if (at === -1) {
        const w = instance.weight[c] as number;
        if (w > best.gain) best = { gain: w, child: c, at: s, parentSite, parentChild };
      } else if (parentSite[at] === -2) {
        parentSite[at] = s;
        parentChild[at] = c;
        queue[tail++] = at;
      }
    }
  }
  return best;
}

/** Adds one place at `start` and moves children along the best path found. Returns the gain. Internal. */
export function addPlace(instance: Instance, m: Matching, start: number, scratch: Int32Array[]): number {
  m.slots[start] = (m.slots[start] as number) + 1;
  const path = bestPath(instance, m, start, scratch);
  if (path.child < 0) return 0;
  let child = path.child;
  let at = path.at;
  // Walk back: `child` moves to `at`; the child previously moved out of `at` goes to its parent site.
  for (;;) {
    const from = m.site[child] as number;
    if (from >= 0) m.used[from] = (m.used[from] as number) - 1;
    m.site[child] = at;
    m.used[at] = (m.used[at] as number) + 1;
    if (at === start) break;
    const next = path.parentSite[at] as number;
    child = path.parentChild[at] as number;
    at = next;
  }
  m.value += path.gain;
  return path.gain;
}

/** Scratch arrays for {@link bestPath}, sized for the instance's sites. Internal. */
export function scratchFor(instance: Instance): Int32Array[] {
  const n = instance.eligible.length;
  return [new Int32Array(n), new Int32Array(n), new Int32Array(n)];
}

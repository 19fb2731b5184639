import type { ChildFlows } from './flows.js';

/** Summed flows over a set of children (with repeats, for a bootstrap sample): views into `flat`. */
export interface FlowTotals {
  exposure: Float64Array;
  transitions: Float64Array[];
  leaves: Float64Array;
  entries: Float64Array;
  /** Every slot (see {@link PackedFlows}) in one array. */
  flat: Float64Array;
}

/**
 * Every child's flows in three flat arrays, slot by slot, for a bootstrap that sums them thousands of
 * times: slot s's contributions are `children`/`amounts` from `starts[s]` to `starts[s + 1]`, one per child
 * that touches it, in child order. Slots of n states: exposure days [0, n), transitions from·n + to in
 * [n, n + n²), leaves and entries after.
 */
export interface PackedFlows {
  stateCount: number;
  /** How many children there are (the bootstrap resamples them). */
  childCount: number;
  starts: Uint32Array;
  children: Uint32Array;
  amounts: Float64Array;
}

const slotCount = (n: number) => n * n + 3 * n;

/** Totals of n states, all zero, ready for {@link sumFlows} to fill again and again. */
export function createFlowTotals(n: number): FlowTotals {
  const flat = new Float64Array(slotCount(n));
  return {
    exposure: flat.subarray(0, n),
    transitions: Array.from({ length: n }, (_, i) => flat.subarray(n + i * n, n + (i + 1) * n)),
    leaves: flat.subarray(n + n * n, 2 * n + n * n),
    entries: flat.subarray(2 * n + n * n, 3 * n + n * n),
    flat,
  };
}

export function packFlows(flows: readonly ChildFlows[], stateCount: number): PackedFlows {
  const n = stateCount;
  const slotsOf = slotCount(n);
  const scratch = new Float64Array(slotsOf);
  // Each child's contributions merged per slot first (child-major), then sorted by slot with a counting
  // sort, which keeps the children of a slot in order.
  const childOf: number[] = [];
  const slots: number[] = [];
  const amounts: number[] = [];
  const touched: number[] = [];
  const add = (slot: number, amount: number) => {
    if (scratch[slot] === 0) touched.push(slot);
    scratch[slot] = (scratch[slot] as number) + amount;
  };
  flows.forEach((child, c) => {
    for (let i = 0; i < child.exposure.length; i += 2)
      add(child.exposure[i] as number, child.exposure[i + 1] as number);
    for (let i = 0; i < child.transitions.length; i += 2)
      add(n + (child.transitions[i] as number) * n + (child.transitions[i + 1] as number), 1);
    for (const s of child.leaves) add(n + n * n + s, 1);
    for (const s of child.entries) add(2 * n + n * n + s, 1);
    for (const slot of touched) {
      childOf.push(c);
      slots.push(slot);
      amounts.push(scratch[slot] as number);
      scratch[slot] = 0;
    }
    touched.length = 0;
  });
  const starts = new Uint32Array(slotsOf + 1);
  for (const slot of slots) starts[slot + 1] = (starts[slot + 1] as number) + 1;
  for (let s = 0; s < slotsOf; s++) starts[s + 1] = (starts[s + 1] as number) + (starts[s] as number);
  const next = starts.slice(0, slotsOf);
  const sortedChildren = new Uint32Array(slots.length);
  const sortedAmounts = new Float64Array(slots.length);
  slots.forEach((slot, p) => {
    const at = next[slot] as number;
    next[slot] = at + 1;
    sortedChildren[at] = childOf[p] as number;
    sortedAmounts[at] = amounts[p] as number;
  });
  return {
    stateCount: n,
    childCount: flows.length,
    starts,
    children: sortedChildren,
    amounts: sortedAmounts,
  };
}

/**
 * Sums the packed flows, child c counted `times[c]` times (every child once when omitted), into `into`
 * (new totals when omitted). Exposures are whole days and the rest are counts, so the sums are exact
 * whatever the order: slot by slot, each in a register, is the fastest (a child picked no time adds zero).
 */
export function sumFlows(
  packed: PackedFlows,
  times?: Uint32Array,
  into: FlowTotals = createFlowTotals(packed.stateCount),
): FlowTotals {
  const { starts, children, amounts } = packed;
  const { flat } = into;
  for (let s = 0; s < flat.length; s++) {
    let sum = 0;
    const end = starts[s + 1] as number;
    if (times)
      for (let p = starts[s] as number; p < end; p++)
        sum += (times[children[p] as number] as number) * (amounts[p] as number);
    else for (let p = starts[s] as number; p < end; p++) sum += amounts[p] as number;
    flat[s] = sum;
  }
  return into;
}

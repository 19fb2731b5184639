import type { ChildFlows } from './flows.js';

/** Summed flows over a set of children (with repeats, for a bootstrap sample). */
export interface FlowTotals {
  exposure: Float64Array;
  transitions: Float64Array[];
  leaves: Float64Array;
  entries: Float64Array;
}

/**
 * Every child's flows in three flat arrays, for a bootstrap that sums them thousands of times: child c's
 * contributions are `slots`/`amounts` from `offsets[c]` to `offsets[c + 1]`, one per slot it touches. Slots
 * of n states: exposure days [0, n), transitions from·n + to in [n, n + n²), leaves and entries after.
 */
export interface PackedFlows {
  stateCount: number;
  offsets: Uint32Array;
  slots: Uint32Array;
  amounts: Float64Array;
}

const slotCount = (n: number) => n * n + 3 * n;

export function packFlows(flows: readonly ChildFlows[], stateCount: number): PackedFlows {
  const n = stateCount;
  const scratch = new Float64Array(slotCount(n));
  const offsets = new Uint32Array(flows.length + 1);
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
      slots.push(slot);
      amounts.push(scratch[slot] as number);
      scratch[slot] = 0;
    }
    touched.length = 0;
    offsets[c + 1] = slots.length;
  });
  return { stateCount: n, offsets, slots: Uint32Array.from(slots), amounts: Float64Array.from(amounts) };
}

/**
 * Sums the packed flows, child c counted `times[c]` times (every child once when omitted). Exposures are
 * whole days and the rest are counts, so the sums are exact whatever the order.
 */
export function sumFlows(packed: PackedFlows, times?: Uint32Array): FlowTotals {
  const n = packed.stateCount;
  const { offsets, slots, amounts } = packed;
  const totals = new Float64Array(slotCount(n));
  for (let c = 0; c + 1 < offsets.length; c++) {
    const k = times ? (times[c] as number) : 1;
    if (k === 0) continue;
    for (let p = offsets[c] as number; p < (offsets[c + 1] as number); p++)
      totals[slots[p] as number] = (totals[slots[p] as number] as number) + k * (amounts[p] as number);
  }
  return {
    exposure: totals.subarray(0, n),
    transitions: Array.from({ length: n }, (_, i) => totals.subarray(n + i * n, n + (i + 1) * n)),
    leaves: totals.subarray(n + n * n, 2 * n + n * n),
    entries: totals.subarray(2 * n + n * n, 3 * n + n * n),
  };
}

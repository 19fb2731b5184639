import type { ChildFlows } from './flows.js';

/** Summed flows over a set of children (with repeats, for a bootstrap sample). */
export interface FlowTotals {
  exposure: Float64Array;
  transitions: Float64Array[];
  leaves: Float64Array;
  entries: Float64Array;
}

export function sumFlows(flows: readonly ChildFlows[], stateCount: number, pick?: Uint32Array): FlowTotals {
  const totals: FlowTotals = {
    exposure: new Float64Array(stateCount),
    transitions: Array.from({ length: stateCount }, () => new Float64Array(stateCount)),
    leaves: new Float64Array(stateCount),
    entries: new Float64Array(stateCount),
  };
  const count = pick ? pick.length : flows.length;
  for (let n = 0; n < count; n++) {
    const child = flows[pick ? (pick[n] as number) : n] as ChildFlows;
    const { exposure, transitions, leaves, entries } = child;
    for (let i = 0; i < exposure.length; i += 2)
      totals.exposure[exposure[i] as number] =
        (totals.exposure[exposure[i] as number] as number) + (exposure[i + 1] as number);
    for (let i = 0; i < transitions.length; i += 2) {
      const row = totals.transitions[transitions[i] as number] as Float64Array;
      row[transitions[i + 1] as number] = (row[transitions[i + 1] as number] as number) + 1;
    }
    for (const s of leaves) totals.leaves[s] = (totals.leaves[s] as number) + 1;
    for (const s of entries) totals.entries[s] = (totals.entries[s] as number) + 1;
  }
  return totals;
}

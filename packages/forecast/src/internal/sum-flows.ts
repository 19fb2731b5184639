import type { Kernels } from './kernels.js';

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

/** The slots of n states' flows: exposure, transitions, leaves and entries. */
export const slotCount = (n: number) => n * n + 3 * n;

/**
 * Packed flows copied into a WebAssembly kernels' memory (see `kernels.wat`), for its `sumFlows` and
 * `sumFlowPair`: byte offsets of the three arrays there. A bootstrap copies them once and sums them a
 * hundred times.
 */
export interface PlacedFlows {
  kernels: Kernels;
  buffer: ArrayBuffer;
  slots: number;
  starts: number;
  children: number;
  amounts: number;
}

/** The bytes {@link placeFlows} takes for `packed` (a multiple of 8). */
export const placedFlowsBytes = (packed: PackedFlows) =>
  8 * packed.amounts.length + 8 * Math.ceil((packed.starts.length + packed.children.length) / 2);

/** Copies `packed` into `memory` from byte `at` on (a multiple of 8; {@link placedFlowsBytes} of them). */
export function placeFlows(
  packed: PackedFlows,
  memory: { kernels: Kernels; buffer: ArrayBuffer },
  at: number,
): PlacedFlows {
  const { starts, children, amounts } = packed;
  const startsAt = at + 8 * amounts.length;
  const childrenAt = startsAt + 4 * starts.length;
  new Float64Array(memory.buffer, at, amounts.length).set(amounts);
  new Uint32Array(memory.buffer, startsAt, starts.length).set(starts);
  new Uint32Array(memory.buffer, childrenAt, children.length).set(children);
  return {
    kernels: memory.kernels,
    buffer: memory.buffer,
    slots: starts.length - 1,
    starts: startsAt,
    children: childrenAt,
    amounts: at,
  };
}

/**
 * Totals of n states, ready for {@link sumFlows} to fill again and again: all zero, or given a buffer, views
 * of it from byte `at` on (8 × {@link slotCount} bytes, as they stand), where a kernel can sum into them.
 */
export function createFlowTotals(n: number, buffer?: ArrayBuffer, at = 0): FlowTotals {
  const flat = buffer ? new Float64Array(buffer, at, slotCount(n)) : new Float64Array(slotCount(n));
  return {
    exposure: flat.subarray(0, n),
    transitions: Array.from({ length: n }, (_, i) => flat.subarray(n + i * n, n + (i + 1) * n)),
    leaves: flat.subarray(n + n * n, 2 * n + n * n),
    entries: flat.subarray(2 * n + n * n, 3 * n + n * n),
    flat,
  };
}

/** Packs children's flows one child at a time: `add` each contribution, then `endChild`; `finish` at the end. */
export interface Packer {
  /** Adds `amount` (days or a count, above zero) to a slot of the child being recorded. */
  add(slot: number, amount: number): void;
  /** Ends the child being recorded; a child that added nothing is left out (no index). */
  endChild(): void;
  finish(): PackedFlows;
}

/**
 * A {@link Packer} for n states: each child's contributions are merged per slot as they come, then all of
 * them sorted by slot with a counting sort, which keeps the children of a slot in order.
 *
 * A region packs 200,000 children: the lists are typed arrays doubled when full (a JS array pushed to grew by
 * half again and again, and a list emptied by `length = 0` gave up its store, to be grown again for the next
 * child), and a child's contributions are kept together, so where each child's begin stands for the child of
 * each one.
 */
export function createPacker(n: number): Packer {
  return new FlowPacker(n);
}

/**
 * The packer as a class rather than closures: a region makes one per authority, and closures made anew
 * each time were a new call target for the optimised code of every caller (deoptimised and compiled again
 * for the first few authorities); a class's methods are the same functions for all of them.
 */
class FlowPacker implements Packer {
  private readonly n: number;
  private readonly slotsOf: number;
  private readonly scratch: Float64Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;
  /** Where each child's contributions begin in `slots` and `amounts`, and where the last one's end. */
  private childStarts = new Uint32Array(1024);
  private slots = new Uint32Array(4096);
  private amounts = new Float64Array(4096);
  private count = 0;
  private children = 0;

  constructor(n: number) {
    this.n = n;
    this.slotsOf = slotCount(n);
    this.scratch = new Float64Array(this.slotsOf);
    this.touched = new Int32Array(this.slotsOf);
  }

  add(slot: number, amount: number): void {
    const scratch = this.scratch;
    if (scratch[slot] === 0) this.touched[this.touchedCount++] = slot;
    scratch[slot] = (scratch[slot] as number) + amount;
  }

  endChild(): void {
    const touchedCount = this.touchedCount;
    if (touchedCount === 0) return;
    let count = this.count;
    if (count + touchedCount > this.slots.length) {
      const size = Math.max(2 * this.slots.length, count + touchedCount);
      this.slots = grown(this.slots, new Uint32Array(size));
      this.amounts = grown(this.amounts, new Float64Array(size));
    }
    const { scratch, touched, slots, amounts } = this;
    for (let t = 0; t < touchedCount; t++) {
      const slot = touched[t] as number;
      slots[count] = slot;
      amounts[count] = scratch[slot] as number;
      count += 1;
      scratch[slot] = 0;
    }
    this.count = count;
    this.touchedCount = 0;
    const children = ++this.children;
    if (children === this.childStarts.length)
      this.childStarts = grown(this.childStarts, new Uint32Array(2 * children));
    this.childStarts[children] = count;
  }

  finish(): PackedFlows {
    const { slotsOf, slots, amounts, count, children, childStarts } = this;
    const starts = new Uint32Array(slotsOf + 1);
    for (let p = 0; p < count; p++) {
      const slot = slots[p] as number;
      starts[slot + 1] = (starts[slot + 1] as number) + 1;
    }
    for (let s = 0; s < slotsOf; s++) starts[s + 1] = (starts[s + 1] as number) + (starts[s] as number);
    const next = starts.slice(0, slotsOf);
    const sortedChildren = new Uint32Array(count);
    const sortedAmounts = new Float64Array(count);
    for (let c = 0; c < children; c++) {
      const end = childStarts[c + 1] as number;
      for (let p = childStarts[c] as number; p < end; p++) {
        const slot = slots[p] as number;
        const at = next[slot] as number;
        next[slot] = at + 1;
        sortedChildren[at] = c;
        sortedAmounts[at] = amounts[p] as number;
      }
    }
    return {
      stateCount: this.n,
      childCount: children,
      starts,
      children: sortedChildren,
      amounts: sortedAmounts,
    };
  }
}

/** `into` (larger) with `from` copied to its start. */
function grown<T extends Uint32Array | Float64Array>(from: T, into: T): T {
  into.set(from);
  return into;
}

/**
 * Sums the packed flows, child c counted `times[c]` times (every child once when omitted), into `into`
 * (new totals when omitted). Exposures are whole days and the rest are counts, so the sums are exact
 * whatever the order: slot by slot, each in four running sums that do not wait on each other (a child
 * picked no time adds zero). Given `placed` (these flows in a kernels' memory), with `times` and the totals
 * views of that memory too, the kernel sums them the same way.
 */
export function sumFlows(
  packed: PackedFlows,
  times?: Uint32Array,
  into: FlowTotals = createFlowTotals(packed.stateCount),
  placed?: PlacedFlows,
): FlowTotals {
  const { starts, children, amounts } = packed;
  const { flat } = into;
  if (placed && times && times.buffer === placed.buffer && flat.buffer === placed.buffer) {
    placed.kernels.sumFlows(
      placed.starts,
      placed.children,
      placed.amounts,
      placed.slots,
      times.byteOffset,
      flat.byteOffset,
    );
    return into;
  }
  const k = times ?? new Uint32Array(packed.childCount).fill(1);
  for (let s = 0; s < flat.length; s++) {
    let a = 0;
    let b = 0;
    let c = 0;
    let d = 0;
    let p = starts[s] as number;
    const end = starts[s + 1] as number;
    for (; p + 3 < end; p += 4) {
      a += (k[children[p] as number] as number) * (amounts[p] as number);
      b += (k[children[p + 1] as number] as number) * (amounts[p + 1] as number);
      c += (k[children[p + 2] as number] as number) * (amounts[p + 2] as number);
      d += (k[children[p + 3] as number] as number) * (amounts[p + 3] as number);
    }
    for (; p < end; p++) a += (k[children[p] as number] as number) * (amounts[p] as number);
    flat[s] = a + b + (c + d);
  }
  return into;
}

/**
 * {@link sumFlows} for two samples at once, `times` into `into` and `timesNext` into `intoNext`: one pass over
 * the packed flows, each child and amount read once for both (a bootstrap's sums in about two thirds of
 * the time of two passes). Whole days and counts, so each total is exact and equals `sumFlows`' own.
 * Given `placed`, with the picks and totals views of its memory, the kernel sums them the same way.
 */
export function sumFlowPair(
  packed: PackedFlows,
  times: Uint32Array,
  timesNext: Uint32Array,
  into: FlowTotals,
  intoNext: FlowTotals,
  placed?: PlacedFlows,
): void {
  const { starts, children, amounts } = packed;
  const { flat } = into;
  const flatNext = intoNext.flat;
  const inside = placed?.buffer;
  if (
    placed &&
    times.buffer === inside &&
    timesNext.buffer === inside &&
    flat.buffer === inside &&
    flatNext.buffer === inside
  ) {
    placed.kernels.sumFlowPair(
      placed.starts,
      placed.children,
      placed.amounts,
      placed.slots,
      times.byteOffset,
      timesNext.byteOffset,
      flat.byteOffset,
      flatNext.byteOffset,
    );
    return;
  }
  for (let s = 0; s < flat.length; s++) {
    let a = 0;
    let b = 0;
    let c = 0;
    let d = 0;
    let p = starts[s] as number;
    const end = starts[s + 1] as number;
    for (; p + 1 < end; p += 2) {
      const first = children[p] as number;
      const second = children[p + 1] as number;
      const amount = amounts[p] as number;
      const amountNext = amounts[p + 1] as number;
      a += (times[first] as number) * amount;
      b += (times[second] as number) * amountNext;
      c += (timesNext[first] as number) * amount;
      d += (timesNext[second] as number) * amountNext;
    }
    if (p < end) {
      a += (times[children[p] as number] as number) * (amounts[p] as number);
      c += (timesNext[children[p] as number] as number) * (amounts[p] as number);
    }
    flat[s] = a + b;
    flatNext[s] = c + d;
  }
}

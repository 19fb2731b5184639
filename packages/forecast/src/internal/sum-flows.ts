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
 * picked no time adds zero).
 */
export function sumFlows(
  packed: PackedFlows,
  times?: Uint32Array,
  into: FlowTotals = createFlowTotals(packed.stateCount),
): FlowTotals {
  const { starts, children, amounts } = packed;
  const { flat } = into;
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
 */
export function sumFlowPair(
  packed: PackedFlows,
  times: Uint32Array,
  timesNext: Uint32Array,
  into: FlowTotals,
  intoNext: FlowTotals,
): void {
  const { starts, children, amounts } = packed;
  const { flat } = into;
  const flatNext = intoNext.flat;
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

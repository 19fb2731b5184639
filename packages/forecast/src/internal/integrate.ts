import { acquireKernels, type KernelMemory, type Kernels, releaseKernels } from './kernels.js';
import { type StepWorkspace, stepOperator, stepWorkspaceBytes, stepWorkspaceIn } from './step-operator.js';

/** Daily rates of a flow model after scenario adjustments. */
export interface Rates {
  transitions: ArrayLike<number>[];
  leaves: ArrayLike<number>;
  entries: ArrayLike<number>;
}

/** Buffers for {@link integrate} on n states, for a bootstrap's thousands of projections of one size. */
export interface IntegrateWorkspace {
  qh: Float64Array;
  eh: Float64Array;
  column: Float64Array;
  first: Int32Array;
  last: Int32Array;
  /** The states that can hold anyone (see {@link integrate}), in ascending order, and a mark per state. */
  live: Int32Array;
  marked: Uint8Array;
  /** The live states' inflows over a step. */
  inflow: Float64Array;
  /** The live states' counts, date by date, when some states are not live (grown as needed). */
  rows: Float64Array;
  step: StepWorkspace;
  /**
   * With the WebAssembly kernel: `column`, `first`, `last`, `live`, `inflow`, `rows`, the step's matrices
   * and ranges, and this result are views of its memory, and a projection of at most `steps` steps into this
   * result runs its step loop there.
   */
  kernel:
    | {
        kernels: Kernels;
        steps: number;
        result: Float64Array;
        memory: KernelMemory;
        /** Where the `spare` bytes asked for begin (a multiple of 8), for the caller's own arrays. */
        spareAt: number;
      }
    | undefined;
}

/**
 * Fresh buffers for {@link integrate} on n states. Given the steps of the projections to come, and unless
 * `kernel` is false, the step loop's buffers are placed in a WebAssembly memory where it can run (see
 * `kernels.wat`): the caller then passes `workspace.kernel.result` as `into`, and may use `spare` bytes of
 * that memory from `workspace.kernel.spareAt` on for its own arrays (a bootstrap's flows and sums).
 */
export function createIntegrateWorkspace(
  n: number,
  steps?: number,
  kernel = true,
  spare = 0,
): IntegrateWorkspace {
  const rowsOf = steps === undefined ? 0 : (steps + 1) * n;
  // Layout: column, inflow, rows, result (f64), the step's workspace, then first, last, live (i32).
  const stepAt = 8 * (n * n + n + 2 * rowsOf);
  const ints = stepAt + stepWorkspaceBytes(n);
  const spareAt = 8 * Math.ceil((ints + 12 * n) / 8);
  const memory = steps !== undefined && kernel ? acquireKernels(spareAt + spare) : undefined;
  const buffer = memory?.buffer;
  // One object literal whichever way, so that every workspace has one hidden class (a bootstrap's and a
  // plain projection's alternate, authority after authority).
  return {
    qh: new Float64Array(n * n),
    eh: new Float64Array(n),
    column: buffer ? new Float64Array(buffer, 0, n * n) : new Float64Array(n * n),
    first: buffer ? new Int32Array(buffer, ints, n) : new Int32Array(n),
    last: buffer ? new Int32Array(buffer, ints + 4 * n, n) : new Int32Array(n),
    live: buffer ? new Int32Array(buffer, ints + 8 * n, n) : new Int32Array(n),
    marked: new Uint8Array(n),
    inflow: buffer ? new Float64Array(buffer, 8 * n * n, n) : new Float64Array(n),
    rows: buffer ? new Float64Array(buffer, 8 * (n * n + n), rowsOf) : new Float64Array(0),
    step: stepWorkspaceIn(n, memory, stepAt),
    kernel: memory
      ? {
          kernels: memory.kernels,
          steps: steps as number,
          result: new Float64Array(memory.buffer, 8 * (n * n + n + rowsOf), rowsOf),
          memory,
          spareAt,
        }
      : undefined,
  };
}

/**
 * Gives the workspace's WebAssembly memory back for the next workspace to reuse (see `acquireKernels`): call
 * it once done with the workspace and with every array it gave, `kernel.result` included.
 */
export function releaseIntegrateWorkspace(workspace: IntegrateWorkspace): void {
  if (workspace.kernel) releaseKernels(workspace.kernel.memory);
}

/**
 * Solves dx/dt = x·Q + e exactly at each step (see `stepOperator`): constant rates give the closed-form
 * answer, not an Euler approximation. Returns (steps + 1) × states values, row per date: in `into` when
 * given (a bootstrap reuses one buffer for its thousands of projections), else in a new array; `workspace`
 * likewise holds the step's own buffers.
 */
export function integrate(
  rates: Rates,
  initial: ArrayLike<number>,
  steps: number,
  stepDays: number,
  into?: Float64Array,
  workspace: IntegrateWorkspace = createIntegrateWorkspace(initial.length),
): Float64Array {
  const n = initial.length;
  const { qh, eh, column, first, last } = workspace;
  for (let i = 0; i < n; i++) {
    const out = rates.transitions[i] as ArrayLike<number>;
    let total = rates.leaves[i] as number;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      qh[i * n + j] = (out[j] as number) * stepDays;
      total += out[j] as number;
    }
    qh[i * n + i] = -total * stepDays;
    eh[i] = (rates.entries[i] as number) * stepDays;
  }
  const { transition, inflow } = stepOperator(qh, eh, n, workspace.step);
  const result = into ?? new Float64Array((steps + 1) * n);
  for (let j = 0; j < n; j++) result[j] = initial[j] as number;
  // Only the live states are worked out: a state nobody starts in, enters or can move to stays exactly zero
  // (0 + x·0 + … is +0), and a zero count adds nothing to any sum (a fitted model's young children in
  // supported accommodation: a quarter of the states of the preset's authorities).
  const m = findLive(transition, inflow, initial, n, workspace.live, workspace.marked);
  const live = workspace.live;
  // Column by column of the live states, each over its non-zero rows only (a child never moves to a younger
  // age band, so a column of a band takes nothing from the rows of older bands), in ascending row order as a
  // row-by-row product would add them. Four columns go together over the rows any of them needs: four sums
  // that do not wait on each other run about twice as fast as one. A row outside a column's own ones, or a
  // state left out, adds an exact zero, and skipping or adding exact zeros leaves every sum as it was.
  const grouped = m - (m % 4);
  // With every state live the rows are the result's own; else the live states' rows beside the result's,
  // whose other states are zero.
  if (m < n && workspace.rows.length < (steps + 1) * m) workspace.rows = new Float64Array((steps + 1) * m);
  const rows = m < n ? workspace.rows : result;
  const kernel = workspace.kernel;
  const inKernel = kernel && into === kernel.result && rows.buffer === into.buffer && steps <= kernel.steps;
  for (let jc = 0; jc < m; jc++) {
    const j = live[jc] as number;
    first[jc] = m;
    last[jc] = -1;
    // The kernel reads each group of four columns interleaved row by row (see `kernels.wat`): the same
    // entries, placed so that a row's four are side by side for its f64x2 loads.
    const lane = jc & 3;
    const interleaved = inKernel && jc < grouped;
    const at = interleaved ? (jc - lane) * m + lane : jc * m;
    const stride = interleaved ? 4 : 1;
    for (let ic = 0; ic < m; ic++) {
      const v = transition[(live[ic] as number) * n + j] as number;
      column[at + ic * stride] = v;
      if (v === 0) continue;
      if (ic < (first[jc] as number)) first[jc] = ic;
      last[jc] = ic;
    }
  }
  for (let j = 0; j < grouped; j += 4) {
    first[j] = Math.min(
      first[j] as number,
      first[j + 1] as number,
      first[j + 2] as number,
      first[j + 3] as number,
    );
    last[j] = Math.max(
      last[j] as number,
      last[j + 1] as number,
      last[j + 2] as number,
      last[j + 3] as number,
    );
  }
  const inflowOf = workspace.inflow;
  for (let jc = 0; jc < m; jc++) inflowOf[jc] = inflow[live[jc] as number] as number;
  if (m < n) result.fill(0, n, (steps + 1) * n);
  for (let jc = 0; jc < m; jc++) rows[jc] = initial[live[jc] as number] as number;
  if (inKernel) {
    // The same loop in WebAssembly, on the same buffers (views of its memory): the same bits, faster.
    kernel.kernels.steps(
      m,
      n,
      steps,
      grouped,
      rows.byteOffset,
      column.byteOffset,
      first.byteOffset,
      last.byteOffset,
      inflowOf.byteOffset,
      live.byteOffset,
      result.byteOffset,
    );
    return result;
  }
  for (let k = 1; k <= steps; k++) {
    const from = (k - 1) * m;
    const to = k * m;
    const out = k * n;
    for (let j = 0; j < grouped; j += 4) {
      let s0 = inflowOf[j] as number;
      let s1 = inflowOf[j + 1] as number;
      let s2 = inflowOf[j + 2] as number;
      let s3 = inflowOf[j + 3] as number;
      const c0 = j * m;
      const c1 = c0 + m;
      const c2 = c1 + m;
      const c3 = c2 + m;
      const hi = last[j] as number;
      for (let i = first[j] as number; i <= hi; i++) {
        const x = rows[from + i] as number;
        s0 += x * (column[c0 + i] as number);
        s1 += x * (column[c1 + i] as number);
        s2 += x * (column[c2 + i] as number);
        s3 += x * (column[c3 + i] as number);
      }
      rows[to + j] = s0;
      rows[to + j + 1] = s1;
      rows[to + j + 2] = s2;
      rows[to + j + 3] = s3;
      result[out + (live[j] as number)] = s0;
      result[out + (live[j + 1] as number)] = s1;
      result[out + (live[j + 2] as number)] = s2;
      result[out + (live[j + 3] as number)] = s3;
    }
    for (let j = grouped; j < m; j++) {
      let sum = inflowOf[j] as number;
      const col = j * m;
      const hi = last[j] as number;
      for (let i = first[j] as number; i <= hi; i++)
        sum += (rows[from + i] as number) * (column[col + i] as number);
      rows[to + j] = sum;
      result[out + (live[j] as number)] = sum;
    }
  }
  return result;
}

/**
 * The states that can hold anyone, ascending, into `live` (how many is returned): those with a count at the
 * start or an inflow, and every state a live one can move to in a step. Any other stays at exactly zero.
 */
function findLive(
  transition: Float64Array,
  inflow: Float64Array,
  initial: ArrayLike<number>,
  n: number,
  live: Int32Array,
  marked: Uint8Array,
): number {
  let queued = 0;
  for (let i = 0; i < n; i++) {
    const seeded = (initial[i] as number) !== 0 || (inflow[i] as number) !== 0;
    marked[i] = seeded ? 1 : 0;
    if (seeded) live[queued++] = i;
  }
  for (let q = 0; q < queued; q++) {
    const row = (live[q] as number) * n;
    for (let j = 0; j < n; j++) {
      if (marked[j] === 1 || transition[row + j] === 0) continue;
      marked[j] = 1;
      live[queued++] = j;
    }
  }
  let m = 0;
  for (let i = 0; i < n; i++) if (marked[i] === 1) live[m++] = i;
  return m;
}

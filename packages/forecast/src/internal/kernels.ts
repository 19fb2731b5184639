import { KERNELS_WASM } from './kernels-wasm.js';

/** What `kernels.wat` exports (pointers are byte offsets into the memory it was given). */
export interface Kernels {
  /** Steps 1 to `steps` of `integrate`'s projection; see `kernels.wat` for the arrays. */
  steps(
    m: number,
    n: number,
    steps: number,
    grouped: number,
    rows: number,
    column: number,
    first: number,
    last: number,
    inflow: number,
    live: number,
    result: number,
  ): void;
  /** `stepOperator`'s product out = a × b (see `multiplyInto`). */
  multiply(
    out: number,
    a: number,
    b: number,
    n: number,
    ranges: number,
    aAt: number,
    bAt: number,
    outAt: number,
  ): void;
  /** `stepOperator`'s whole series, k = 1 to 18 (see the loop there); `term` and `spare` are left as scratch. */
  series(
    transition: number,
    phi: number,
    term: number,
    spare: number,
    scaled: number,
    n: number,
    ranges: number,
    factorAt: number,
    scaledAt: number,
    productAt: number,
  ): void;
  /** `createPicker`'s picks (random.ts) into `times` (i32, `items` of them); returns the generator's next state. */
  pick(times: number, items: number, draws: number, state: number): number;
  /** `sumFlows` (sum-flows.ts) over packed flows placed in the memory (see `placeFlows`). */
  sumFlows(
    starts: number,
    children: number,
    amounts: number,
    slots: number,
    times: number,
    flat: number,
  ): void;
  /** `sumFlowPair` (sum-flows.ts) over packed flows placed in the memory (see `placeFlows`). */
  sumFlowPair(
    starts: number,
    children: number,
    amounts: number,
    slots: number,
    times: number,
    timesNext: number,
    flat: number,
    flatNext: number,
  ): void;
}

/** The kernels bound to a memory of their own, and that memory's buffer. */
export interface KernelMemory {
  kernels: Kernels;
  buffer: ArrayBuffer;
}

let compiled: WebAssembly.Module | null | undefined;

/**
 * The compiled module, compiled once, or undefined where WebAssembly cannot run: none at all, a page whose
 * content security policy forbids compiling it, or an engine without its SIMD instructions. The JavaScript
 * loops then do the same work. Compiled synchronously, as a browser allows on its main thread only for small
 * modules (Chrome's limit has been 4 KB; this one is about 2.5 KB): a refusal there falls back the same way.
 */
function kernelModule(): WebAssembly.Module | undefined {
  if (compiled === undefined) {
    try {
      const text = atob(KERNELS_WASM);
      const bytes = new Uint8Array(text.length);
      for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
      compiled = new WebAssembly.Module(bytes);
    } catch {
      compiled = null;
    }
  }
  return compiled ?? undefined;
}

/** Memories given back by {@link releaseKernels}, for the next caller that needs no more than one holds. */
const released: KernelMemory[] = [];

/**
 * The kernels with a memory of at least `bytes` bytes, or undefined where they cannot run: one given back
 * earlier when one is large enough (not zeroed: the caller writes before it reads), else a new one. A region
 * forecasts 150 authorities one after another; one instance for all of them keeps the exported functions and
 * their exports object the same for the optimised code that calls them (a new instance each time was a new
 * hidden class and call target, and the caller was deoptimised and compiled again for the first few).
 */
export function acquireKernels(bytes: number): KernelMemory | undefined {
  const fits = released.findIndex((m) => m.buffer.byteLength >= bytes);
  if (fits >= 0) return released.splice(fits, 1)[0];
  return instantiateKernels(bytes);
}

/** Gives a memory back for reuse, once its caller is done with it and every view of it. */
export function releaseKernels(memory: KernelMemory): void {
  if (released.length < 4 && !released.includes(memory)) released.push(memory);
}

/** The kernels with a fresh memory of at least `bytes` bytes (zeroed), or undefined where they cannot run. */
function instantiateKernels(bytes: number): KernelMemory | undefined {
  const module = kernelModule();
  if (!module) return undefined;
  try {
    const memory = new WebAssembly.Memory({ initial: Math.max(1, Math.ceil(bytes / 65_536)) });
    const instance = new WebAssembly.Instance(module, { env: { memory } });
    return { kernels: instance.exports as unknown as Kernels, buffer: memory.buffer };
  } catch {
    return undefined;
  }
}

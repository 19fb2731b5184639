import type { Kernels } from './kernels.js';

/** mulberry32's output for one state: a whole number from 0 to 2³² − 1. */
function mix(state: number): number {
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}

/**
 * A small seeded generator (mulberry32): the bootstrap must give the same intervals for the same seed
 * in every browser and Node, which `Math.random` cannot.
 */
export function createRandom(seed: number): () => number {
  // Held as a signed 32-bit integer (the same bits as the unsigned one): a number V8 keeps unboxed, where
  // an unsigned one above 2³⁰ was a new heap number on every draw, millions of them in a bootstrap.
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    return mix(state) / 4_294_967_296;
  };
}

/**
 * Picks among `times.length` items `draws` times, uniformly with replacement, and counts each item's picks
 * into `times` (zeroed first): the picks `Math.floor(random() * times.length)` of {@link createRandom}'s
 * draws from the same seed, call after call. The bootstrap's resampling, with the generator's state in a
 * local while it draws (twice as fast as a call per draw, which reads and writes the closure's state).
 * Given `memory`, a `times` that is a view of its buffer is counted by its `pick` kernel (`kernels.wat`):
 * the same operations on the same bits, in about two thirds of the time.
 */
export function createPicker(
  seed: number,
  memory?: { kernels: Kernels; buffer: ArrayBuffer },
): (times: Uint32Array, draws: number) => void {
  let state = seed | 0;
  return (times, draws) => {
    const items = times.length;
    if (memory && times.buffer === memory.buffer) {
      state = memory.kernels.pick(times.byteOffset, items, draws, state);
      return;
    }
    let s = state;
    times.fill(0);
    for (let i = 0; i < draws; i++) {
      s = (s + 0x6d2b79f5) | 0;
      const c = Math.floor((mix(s) / 4_294_967_296) * items);
      times[c] = (times[c] as number) + 1;
    }
    state = s;
  };
}

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
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

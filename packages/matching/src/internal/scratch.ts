import type { VacancyColumns } from './vacancy-columns.js';

/** The working arrays `rankByScore` sorts in, each as long as the vacancy index. */
export interface RankScratch {
  readonly keys: Int32Array;
  readonly once: Int32Array;
  readonly ranked: Int32Array;
  /** One count per radix bucket. */
  readonly counts: Int32Array;
}

/** Every typed array one ranking call works in. Contents left by an earlier call are stale: overwrite first. */
export interface Scratch extends RankScratch {
  readonly fails: Uint32Array;
  readonly eligible: Int32Array;
  readonly scores: Float64Array;
  busy: boolean;
}

/** Radix buckets per pass of `rankByScore`. */
export const BUCKETS = 1 << 10;

const kept = new WeakMap<VacancyColumns, Scratch>();

/** Fresh {@link RankScratch} for `n` vacancies. */
export function createRankScratch(n: number): RankScratch {
  return {
    keys: new Int32Array(n),
    once: new Int32Array(n),
    ranked: new Int32Array(n),
    counts: new Int32Array(BUCKETS),
  };
}

/**
 * Takes the scratch arrays kept for a vacancy index, so ranking many referrals against one index allocates
 * (and leaves for the collector) no large arrays; fresh ones when the kept ones are in use, as when a cost
 * benchmark callback ranks again. Give them back with {@link releaseScratch}.
 */
export function takeScratch(c: VacancyColumns): Scratch {
  const found = kept.get(c);
  if (found && !found.busy) {
    found.busy = true;
    return found;
  }
  const n = c.size;
  const scratch: Scratch = {
    ...createRankScratch(n),
    fails: new Uint32Array(n),
    eligible: new Int32Array(n),
    scores: new Float64Array(n),
    busy: true,
  };
  if (!found) kept.set(c, scratch);
  return scratch;
}

/** Gives back what {@link takeScratch} took. */
export function releaseScratch(scratch: Scratch): void {
  scratch.busy = false;
}

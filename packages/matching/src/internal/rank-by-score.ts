import { BUCKETS, createRankScratch, type RankScratch } from './scratch.js';

const SCALE = 1_000_000;
const RADIX = 10;

/**
 * Orders vacancies best first: by score descending, then by index ascending (vacancies are in id order, so
 * ties break by id). Scores are rounded to 6 dp, so `1e6 − score × 1e6` is an integer below 2²⁰: a stable
 * two-pass radix sort on it orders them in linear time with no comparisons.
 *
 * @param indices - Vacancy indices, ascending (as `checkAll` lists the eligible ones).
 * @param scratch - Working arrays at least `count` long, reused between calls; the result is one of them.
 * @returns The first `count` of `indices`, best first, in the first `count` places.
 */
export function rankByScore(
  indices: Int32Array,
  count: number,
  scores: Float64Array,
  scratch: RankScratch = createRankScratch(count),
): Int32Array {
  const { keys, once, counts } = scratch;
  const twice = scratch.ranked;
  for (let k = 0; k < count; k++) {
    const key = SCALE - Math.round((scores[indices[k] as number] as number) * SCALE);
    // Scores are in 0..1; anything else (never expected) falls back to a comparison sort.
    if (!(key >= 0 && key <= SCALE)) return rankByComparison(indices, count, scores);
    keys[k] = key;
  }
  counts.fill(0);
  for (let k = 0; k < count; k++) {
    const b = (keys[k] as number) & (BUCKETS - 1);
    counts[b] = (counts[b] as number) + 1;
  }
  prefixSums(counts);
  for (let k = 0; k < count; k++) {
    const b = (keys[k] as number) & (BUCKETS - 1);
    once[(counts[b] as number)++] = k;
  }
  counts.fill(0);
  for (let k = 0; k < count; k++) {
    const b = (keys[k] as number) >> RADIX;
    counts[b] = (counts[b] as number) + 1;
  }
  prefixSums(counts);
  for (let j = 0; j < count; j++) {
    const k = once[j] as number;
    const b = (keys[k] as number) >> RADIX;
    twice[(counts[b] as number)++] = indices[k] as number;
  }
  return twice;
}

/** Turns bucket counts into each bucket's first position. */
function prefixSums(counts: Int32Array): void {
  let sum = 0;
  for (let b = 0; b < BUCKETS; b++) {
    const n = counts[b] as number;
    counts[b] = sum;
    sum += n;
  }
}

function rankByComparison(indices: Int32Array, count: number, scores: Float64Array): Int32Array {
  const order = indices.slice(0, count);
  order.sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
  return order;
}

import type { Pence } from '@placewise/model';

/**
 * Splits a whole-pence total in proportion to weights so that the parts always add up to the total
 * (the largest-remainder method). Each part first gets the floor of its exact share; the pence left
 * over go one each to the parts with the largest fractional remainders, ties to the earlier part, so
 * the split is deterministic. Zero or empty weights put the whole total in the first part.
 *
 * @param total - whole pence to split (may be negative: the split mirrors the positive one).
 * @param weights - non-negative shares, in any unit.
 * @returns one whole-pence part per weight, summing to `total`.
 * @example
 * allocatePence(100, [1, 1, 1]); // [34, 33, 33]
 */
export function allocatePence(total: Pence, weights: readonly number[]): Pence[] {
  if (weights.length === 0) return [];
  if (total < 0) return allocatePence(-total, weights).map((part) => -part || 0);
  const sum = weights.reduce((acc, w) => acc + Math.max(0, w), 0);
  if (!(sum > 0)) return weights.map((_, i) => (i === 0 ? total : 0));
  const exact = weights.map((w) => (total * Math.max(0, w)) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((acc, p) => acc + p, 0);
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left -= 1) {
    const at = order[k]?.index ?? 0;
    parts[at] = (parts[at] ?? 0) + 1;
  }
  return parts;
}

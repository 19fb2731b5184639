/**
 * Moves the `k` smallest of `keys[0..n)` to its front (in no particular order), in place, by quickselect
 * (Hoare partitions around a middle pivot): linear on average, where sorting everything is n log n. Keys
 * should be distinct, as candidate keys are (each carries its vacancy's index).
 */
export function selectSmallest(keys: Float64Array, n: number, k: number): void {
  let lo = 0;
  let hi = n - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = keys[(lo + hi) >> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((keys[i] as number) < pivot) i++;
      while ((keys[j] as number) > pivot) j--;
      if (i <= j) {
        const t = keys[i] as number;
        keys[i] = keys[j] as number;
        keys[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return;
  }
}

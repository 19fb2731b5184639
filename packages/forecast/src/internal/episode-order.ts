import type { Episode } from '@placewise/model';

/**
 * Child id, then DECOM, compared as strings in code-unit order (not the locale's): the order
 * `@placewise/ssda903`'s derivation walks in, which `mergeReturns` gives and the forecast expects.
 */
export function compareEpisodes(a: Episode, b: Episode): number {
  if (a.childId !== b.childId) return a.childId < b.childId ? -1 : 1;
  return a.start < b.start ? -1 : a.start > b.start ? 1 : 0;
}

import type { MatchResult } from '@placewise/matching';

/**
 * A match result cut to its first `top` ranked vacancies, with counts of the rest: `vacancyCount` (all
 * vacancies ranked), `eligibleCount` (as matched) and `omittedCount` (results left out).
 */
export function topResults(
  result: MatchResult,
  top: number,
): MatchResult & { vacancyCount: number; omittedCount: number } {
  const results = result.results.slice(0, top);
  return {
    ...result,
    results,
    vacancyCount: result.results.length,
    omittedCount: result.results.length - results.length,
  };
}

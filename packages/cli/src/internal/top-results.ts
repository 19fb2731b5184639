import type { MatchResult } from '@placewise/matching';

/**
 * A match result cut to its first `top` ranked vacancies, with counts of the rest as the model's
 * `MatchResult` schema names them: `vacancyCount` (all vacancies ranked), `eligibleCount` (as matched),
 * `omittedCount` (results left out) and `omitted` (those left out, by eligibility).
 */
export function topResults(
  result: MatchResult,
  top: number,
): MatchResult & { vacancyCount: number; omittedCount: number } {
  const results = result.results.slice(0, top);
  const shownEligible = results.filter((r) => r.eligible).length;
  const omittedCount = result.results.length - results.length;
  const eligible = result.results.filter((r) => r.eligible).length - shownEligible;
  return {
    ...result,
    results,
    omitted: { eligible, ineligible: omittedCount - eligible },
    vacancyCount: result.results.length,
    omittedCount,
  };
}

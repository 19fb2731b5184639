import type { Issue } from '@placewise/model';
import { type Coverage, coverageOf } from '@placewise/ssda903';
import { MIN_FIT_CHILDREN, MIN_FIT_SHARE } from '../fit-limits.js';
import type { FlowModel } from '../flow-model-types.js';
import type { LongitudinalHistory } from '../merge-returns.js';

/** The coverage and status a fit carries, and whether it is refused. */
export function checkFit(
  history: LongitudinalHistory,
  model: FlowModel,
  issues: readonly Issue[],
  given: Coverage | undefined,
): {
  refused: boolean;
  result: { status: 'complete' | 'incomplete'; coverage: Coverage; reason?: string };
} {
  const coverage = resolveCoverage(history, issues, given);
  const refuse = (reason: string) => ({
    refused: true,
    result: { status: 'incomplete' as const, coverage, reason },
  });
  if (coverage.read > 0 && coverage.used / coverage.read < MIN_FIT_SHARE)
    return refuse(
      `Not fitted: only ${coverage.used} of ${coverage.read} rows read were usable (most were rejected).`,
    );
  if (model.children < MIN_FIT_CHILDREN)
    return refuse(
      `Not fitted: ${model.children} children were in care in the fitting window ${model.from} to ${model.to}; at least ${MIN_FIT_CHILDREN} are needed.`,
    );
  if (coverage.status === 'incomplete')
    return {
      refused: false,
      result: { status: 'incomplete', coverage, ...(coverage.reason ? { reason: coverage.reason } : {}) },
    };
  return { refused: false, result: { status: 'complete', coverage } };
}

/**
 * The coverage a result carries: the one given, else the history's (summed by `mergeReturns`), else the
 * forecast's own count of the episodes it could use.
 */
export function resolveCoverage(
  history: LongitudinalHistory,
  issues: readonly Issue[],
  given: Coverage | undefined,
): Coverage {
  return given ?? history.coverage ?? ownCoverage(history, issues);
}

/** Without a reader's coverage: episodes given against episodes the forecast could not use (errors). */
function ownCoverage(history: LongitudinalHistory, issues: readonly Issue[]): Coverage {
  const read = history.episodes.length;
  const unusable = issues.filter((i) => i.severity === 'error' && i.location.table === 'Episodes').length;
  return coverageOf(
    { tables: [{ table: 'Episodes', rows: read, accepted: read - unusable, rejected: unusable }] },
    { tables: ['Episodes'] },
  );
}

import type { SufficiencyReport } from './sufficiency-report.js';

/**
 * The one-line warning an incomplete report opens with, or `undefined` when the report is complete.
 * Carries counts only, never values from the data.
 */
export function incompleteBannerText(
  report: Pick<SufficiencyReport, 'status' | 'coverage'>,
): string | undefined {
  if (report.status !== 'incomplete') return undefined;
  const { read, used, reason } = report.coverage;
  const why = reason ?? `Only ${used} of ${read} rows were usable.`;
  return `Incomplete: these figures are not to be relied on. ${why}`;
}

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

/**
 * The line every report carries, complete or not: how many of the rows read the figures rest on, in all and
 * per table, e.g. `Coverage: 9 of 10 Header and Episodes rows used (Header 5 of 5, Episodes 4 of 5).`
 * Counts only, never values from the data.
 *
 * @example
 * coverageText({ tables: { Header: { read: 5, used: 5 } }, read: 5, used: 5, status: 'complete' });
 * // 'Coverage: 5 of 5 Header and Episodes rows used (Header 5 of 5).'
 */
export function coverageText(coverage: SufficiencyReport['coverage']): string {
  // Header and Episodes first (the tables that count children), the rest as the return gave them.
  const first = (table: string) => (table === 'Header' ? 0 : table === 'Episodes' ? 1 : 2);
  const tables = Object.entries(coverage.tables)
    .filter((entry): entry is [string, { read: number; used: number }] => entry[1] !== undefined)
    .sort(([a], [b]) => first(a) - first(b))
    .map(([table, t]) => `${table} ${t.used} of ${t.read}`);
  const each = tables.length > 0 ? ` (${tables.join(', ')})` : '';
  return `Coverage: ${coverage.used} of ${coverage.read} Header and Episodes rows used${each}.`;
}

/**
 * What the report says when no placement type shows want of local provision: plainly so when every child's
 * placement was located, and qualified with how many were not when some were not (they may be placed away).
 *
 * @example
 * noWantText(report); // 'No placement type has children placed away for want of a free local place.'
 */
export function noWantText(report: Pick<SufficiencyReport, 'gap'>): string {
  const unknown = report.gap.gaps.reduce((n, g) => n + g.awayNotKnown, 0);
  if (unknown === 0) return 'No placement type has children placed away for want of a free local place.';
  return `No placement type has children known to be placed away for want of a free local place; for ${unknown} ${unknown === 1 ? 'child' : 'children'} it is not known whether they are placed away (postcode missing or not located).`;
}

import { collectionYearBounds, type Issue, type PostcodeLocator } from '@placewise/model';
import type { AuthorityReturn } from './authority-return.js';
import { locateOnce } from './locate-once.js';
import { type ReadAuthority, readAuthority, type TransformReturn } from './read-authority.js';
import {
  type RegionalReport,
  type ReportOfSummariesOptions,
  reportOfSummaries,
} from './report-of-summaries.js';
import { summariseAuthority } from './summarise-authority.js';

export type { AuthorityColumn, RegionalReport } from './report-of-summaries.js';

/** Options for {@link buildRegionalReport}. */
export interface BuildRegionalReportOptions extends ReportOfSummariesOptions {
  /** Locates postcodes for distances and placement authorities (e.g. `createSectorLocator()` of `@placewise/geo`). */
  locator?: PostcodeLocator;
  /** Applied to each return as it is read (e.g. `(r) => pseudonymiseReturn(r, { key })`). */
  transform?: TransformReturn;
}

/**
 * Reads every authority's return and builds the regional report: each authority's DfE indicators
 * (`computeIndicators` exactly as for one authority) beside the region's and England's, the cross-border
 * flows matrix, demand against Ofsted supply and the pooled forecast. Counts of 1 to 4 in the flows and
 * demand tables are suppressed; the indicators keep exact counts for analysis, so share
 * `publishRegionalReport(report)`, which suppresses them too. Bad rows are issues (prefixed with the
 * authority's code), never exceptions.
 *
 * @example
 * const { value } = await buildRegionalReport(
 *   [{ gss: 'E08000035', files: leeds }, { gss: 'E08000036', files: wakefield }],
 *   { collectionYear: '2024-25', locator: createSectorLocator() },
 * );
 * value.flows.total.count;
 */
export async function buildRegionalReport(
  returns: readonly AuthorityReturn[],
  options: BuildRegionalReportOptions,
): Promise<{ value: RegionalReport; issues: Issue[] }> {
  const read: ReadAuthority[] = [];
  for (const input of returns) read.push(await readAuthority(input, options));
  return { value: reportOfRead(read, options), issues: read.flatMap((r) => r.issues) };
}

/**
 * The regional report from authorities already read with `readAuthority` (what `buildRegionalReport` does
 * after reading): `summariseAuthority` for each, over the region's forecast window, then `reportOfSummaries`.
 *
 * @example
 * const report = reportOfRead([await readAuthority(input, { collectionYear: '2024-25' })], { collectionYear: '2024-25' });
 */
export function reportOfRead(
  read: readonly ReadAuthority[],
  options: BuildRegionalReportOptions,
): RegionalReport {
  const { start } = collectionYearBounds(options.collectionYear);
  const locator = options.locator ? locateOnce(options.locator) : undefined;
  const from = read.map((a) => a.history.coveredFrom ?? start).sort()[0] ?? start;
  const summaries = read.map((a) => {
    const population = options.childPopulation?.[a.gss];
    return summariseAuthority(a, {
      collectionYear: options.collectionYear,
      from,
      ...(locator ? { locator } : {}),
      ...(population ? { childPopulation: population } : {}),
      ...(options.forecast !== undefined ? { forecast: options.forecast } : {}),
    });
  });
  return reportOfSummaries(summaries, options);
}

import { createSectorLocator } from '@placewise/geo';
import type { CollectionYear, GssCode } from '@placewise/model';
import { coverageOf, derivePlacements, type ReturnFile, readReturn } from '@placewise/ssda903';
import { buildSufficiencyReport, renderReportMarkdown } from '@placewise/sufficiency';

/**
 * Runs a sufficiency assessment on one year's SSDA903 return: read the CSV files, derive placements the way
 * DfE counts them, then compute the indicators, run the duty's rules and work out the supply–demand gap,
 * all in one report.
 */
export function assessReturn(
  files: readonly ReturnFile[],
  authority: GssCode,
  collectionYear: CollectionYear,
) {
  const locator = createSectorLocator();
  const read = readReturn(files, { collectionYear, locator });
  const placements = derivePlacements(read.value.episodes, { locator, responsibleAuthority: authority });
  const { value: report, issues } = buildSufficiencyReport(
    {
      children: read.value.children,
      episodes: read.value.episodes,
      placements: placements.value,
      responsibleAuthority: authority,
      // What the figures rest on: a report built on under 95% of the rows read is marked incomplete.
      coverage: coverageOf(read),
    },
    { collectionYear, nation: 'england', locator },
  );
  return {
    report,
    // 'complete', or 'incomplete' (with report.coverage.reason) when too many rows were rejected.
    status: report.status,
    markdown: renderReportMarkdown(report),
    // Every problem on the way, each located: read issues carry file, row and column.
    issues: [...read.issues, ...placements.issues, ...issues],
  };
}

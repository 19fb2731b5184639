import type { AnnualReturn } from '@placewise/forecast';
import type { CollectionYear, Issue, PostcodeLocator } from '@placewise/model';
import { type ReadReturnResult, readReturn, readReturnsByYear } from '@placewise/ssda903';
import { CliExit, type CliIo } from '../io.js';
import { inferYearOf } from './collection-year-flag.js';
import { describeIssue } from './issue-lines.js';
import { listReturnFiles } from './list-return-files.js';

/** What {@link readReportReturns} gives: the year reported, each year's return up to it, and their tables. */
export interface ReportReturns {
  year: CollectionYear;
  annual: AnnualReturn[];
  tables: ReadReturnResult['tables'];
  issues: Issue[];
}

/**
 * Reads the return a sufficiency report is for: the CSV/XML files directly in the folder (or the one file, or
 * `-`) are the year reported, `flag` or else the year of their latest DECOM/DEC (said on stderr); files in
 * year-named folders or with a year in their name (`2022-23/`, as `placewise synthetic` writes them) are
 * earlier years, found by `readReturnsByYear`, so periods of care and placements that began before the year
 * are dated correctly. Years after the one reported are left out, and said so on stderr.
 */
export async function readReportReturns(
  path: string,
  flag: CollectionYear | undefined,
  io: CliIo,
  locator: PostcodeLocator,
): Promise<ReportReturns> {
  const files = await listReturnFiles(path, io);
  const top = files.filter((f) => !f.path.includes('/'));
  const year =
    flag ??
    inferYear(
      top.map((f) => ({ name: f.path, content: f.content })),
      io,
    );
  const read = readReturnsByYear(
    files.map((f) => (f.path.includes('/') ? f : { path: `${year}/${f.path}`, content: f.content })),
    { locator },
  );
  for (const issue of read.issues) io.stderr(`${describeIssue(issue)}\n`);
  const kept = read.value.filter((y) => y.collectionYear <= year);
  const later = read.value.filter((y) => y.collectionYear > year).map((y) => y.collectionYear);
  if (later.length > 0) io.stderr(`Left out ${later.join(', ')}: after the year reported (${year}).\n`);
  if (kept.length === 0)
    throw new CliExit(2, `${path} holds no return for ${year} or an earlier year.`, {
      code: 'file.no-returns',
    });
  return {
    year,
    annual: kept.map((y) => ({
      collectionYear: y.collectionYear,
      children: y.value.children,
      episodes: y.value.episodes,
      coverage: y.coverage,
    })),
    // Every year's rows count in the coverage, as the figures looking back two years rest on them; but UASC
    // status is the reported year's own, so an earlier year's UASC table must not make it look recorded.
    tables: kept.flatMap((y) =>
      y.collectionYear === year ? y.tables : y.tables.filter((t) => t.table !== 'UASC'),
    ),
    issues: kept.flatMap((y) => y.issues),
  };
}

/** The year of the return's top-level files, from their latest DECOM/DEC; said on stderr. */
function inferYear(files: Parameters<typeof readReturn>[0], io: CliIo): CollectionYear {
  const year = files.length > 0 ? inferYearOf(readReturn(files)) : undefined;
  if (!year)
    throw new CliExit(2, 'Could not tell the collection year from the episodes; pass --year (e.g. 2024-25).');
  io.stderr(`Collection year ${year} (from the latest episode date; pass --year to choose).\n`);
  return year;
}

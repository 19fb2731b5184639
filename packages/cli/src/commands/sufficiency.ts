import { writeFile } from 'node:fs/promises';
import { type AnnualReturn, mergeReturns } from '@placewise/forecast';
import { createSectorLocator, findLocalAuthority } from '@placewise/geo';
import { GssCode, type Nation, Setting, Vacancy } from '@placewise/model';
import { coverageOf, derivePlacements } from '@placewise/ssda903';
import { buildSufficiencyReport, renderReportHtml, renderReportMarkdown } from '@placewise/sufficiency';
import type { Command } from 'commander';
import { parseYearFlag } from '../internal/collection-year-flag.js';
import { readJsonRecords } from '../internal/read-json-records.js';
import { readReportReturns } from '../internal/read-report-returns.js';
import { CliExit, type CliIo } from '../io.js';
import { registerForecast } from './forecast.js';

interface ReportFlags {
  la: string;
  year?: string;
  settings?: string;
  vacancies?: string;
  population?: string;
  json?: boolean;
  html?: string;
  md?: boolean;
}

const NATIONS: Record<string, Nation> = { E: 'england', W: 'wales', S: 'scotland', N: 'northern-ireland' };

async function runReport(dir: string, flags: ReportFlags, io: CliIo): Promise<void> {
  const la = GssCode.safeParse(flags.la);
  if (!la.success) throw new CliExit(2, '--la must be a GSS code like E08000035.');
  const flag = parseYearFlag(flags.year);
  const population = flags.population === undefined ? undefined : Number(flags.population);
  if (population !== undefined && !(population > 0))
    throw new CliExit(2, '--population must be a positive number.');
  const locator = createSectorLocator();
  const { year, annual, tables, issues } = await readReportReturns(dir, flag, io, locator);
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const coverage = coverageOf({ tables });
  if (errors > 0)
    io.stderr(
      `The return has ${errors} error(s); run \`placewise ssda903 check\` for details. Rows in error were left out.\n`,
    );
  const merged = annual.length === 1 ? (annual[0] as AnnualReturn) : mergeReturns(annual).value;
  const placements = derivePlacements(merged.episodes, { locator, responsibleAuthority: la.data });
  const settings = flags.settings
    ? await readJsonRecords(flags.settings, Setting, 'settings', io)
    : undefined;
  const vacancies = flags.vacancies
    ? await readJsonRecords(flags.vacancies, Vacancy, 'vacancies', io)
    : undefined;
  const name = findLocalAuthority(la.data)?.name;
  const { value: report } = buildSufficiencyReport(
    {
      children: [...merged.children],
      episodes: [...merged.episodes],
      placements: placements.value,
      responsibleAuthority: la.data,
      coverage,
      ...(settings ? { settings } : {}),
    },
    {
      collectionYear: year,
      nation: NATIONS[la.data[0] ?? 'E'] ?? 'england',
      locator,
      ...(name ? { authorityName: name } : {}),
      ...(population !== undefined ? { childPopulation: population } : {}),
      ...(vacancies ? { vacancies } : {}),
    },
  );
  if (flags.json) {
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else if (flags.html) {
    await writeFile(flags.html, renderReportHtml(report));
    io.stderr(`Wrote ${flags.html}\n`);
  } else {
    io.stdout(renderReportMarkdown(report));
  }
  if (report.status === 'incomplete') {
    throw new CliExit(1, `Incomplete: ${coverage.reason ?? 'too few rows were usable.'}`);
  }
}

/** Registers `placewise sufficiency` with `report` (and `forecast`, from ./forecast.js). */
export function registerSufficiency(program: Command, io: CliIo): void {
  const sufficiency = program
    .command('sufficiency')
    .description(
      'The sufficiency duty: DfE indicators, duty-rule findings, supply/demand gaps and forecasts.',
    );
  sufficiency
    .command('report')
    .description(
      'Report indicators, rule findings and the supply/demand gap for one authority and collection year.',
    )
    .argument('<903-dir>', 'a directory of SSDA903 CSV/XML files (or one file)')
    .requiredOption('--la <gss>', 'the responsible authority (GSS code, e.g. E08000035)')
    .option('--year <year>', 'the collection year, e.g. 2024-25 (default: from the latest episode date)')
    .option('--settings <file>', 'a JSON array of settings (the authority’s own and commissioned provision)')
    .option('--vacancies <file>', 'a JSON array of vacancies on 31 March')
    .option('--population <n>', 'children aged under 18 in the authority, for rates per 10,000')
    .option('--json', 'print the report as JSON')
    .option('--html <file>', 'write a self-contained HTML report to a file')
    .option('--md', 'print the report as Markdown (the default)')
    .action((dir: string, flags: ReportFlags) => runReport(dir, flags, io));
  registerForecast(sufficiency, io);
}

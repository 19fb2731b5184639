import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { type AnnualReturn, mergeReturns } from '@placewise/forecast';
import { createSectorLocator, findLocalAuthority } from '@placewise/geo';
import { CollectionYear, GssCode, type Nation, Setting, Vacancy } from '@placewise/model';
import { coverageOf, derivePlacements, type ReturnFile, readReturn } from '@placewise/ssda903';
import { buildSufficiencyReport, renderReportHtml, renderReportMarkdown } from '@placewise/sufficiency';
import type { Command } from 'commander';
import type * as z from 'zod';
import { inferYearOf, parseYearFlag } from '../internal/collection-year-flag.js';
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

async function filesIn(dir: string): Promise<ReturnFile[]> {
  const names = (await readdir(dir)).filter((n) => /\.(csv|xml)$/i.test(n)).sort();
  return Promise.all(
    names.map(async (n) => ({ name: n, content: new Uint8Array(await readFile(join(dir, n))) })),
  );
}

/**
 * Reads the return: CSV/XML files in the directory are the year reported; folders named for earlier
 * collection years (`2022-23/`, as `placewise synthetic` writes them) are read too and merged, so periods
 * of care and placements that began before the year are dated correctly.
 */
async function readReturns(
  path: string,
  year: CollectionYear,
): Promise<{ returns: ReturnFile[][]; years: CollectionYear[] }> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch {
    throw new CliExit(2, `Cannot read ${path}: no such file or directory.`);
  }
  if (!info.isDirectory()) {
    return {
      returns: [[{ name: basename(path), content: new Uint8Array(await readFile(path)) }]],
      years: [year],
    };
  }
  const returns: ReturnFile[][] = [];
  const years: CollectionYear[] = [];
  const top = await filesIn(path);
  if (top.length > 0) {
    returns.push(top);
    years.push(year);
  }
  const folders = (await readdir(path, { withFileTypes: true }))
    .filter((d) => d.isDirectory() && CollectionYear.safeParse(d.name).success && d.name <= year)
    .map((d) => d.name)
    .sort();
  for (const folder of folders) {
    if (years.includes(folder)) continue;
    returns.push(await filesIn(join(path, folder)));
    years.push(folder);
  }
  if (returns.length === 0) throw new CliExit(2, `${path} holds no .csv or .xml files.`);
  return { returns, years };
}

/** Reads a JSON array (or `{ <key>: [...] }`) of records, keeping the valid ones and counting the rest. */
async function readRecords<T>(path: string, schema: z.ZodType<T>, key: string, io: CliIo): Promise<T[]> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    throw new CliExit(2, `Cannot read ${path} as JSON.`);
  }
  const list = Array.isArray(data) ? data : (data as Record<string, unknown> | null)?.[key];
  if (!Array.isArray(list))
    throw new CliExit(2, `${path} must hold a JSON array of ${key} (or { "${key}": [...] }).`);
  const accepted: T[] = [];
  list.forEach((item, i) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) accepted.push(parsed.data);
    else
      io.stderr(
        `${path} [${i}]: not a valid ${key.replace(/s$/, '')} (${parsed.error.issues[0]?.path.join('.') ?? ''}); left out.\n`,
      );
  });
  return accepted;
}

async function runReport(dir: string, flags: ReportFlags, io: CliIo): Promise<void> {
  const la = GssCode.safeParse(flags.la);
  if (!la.success) throw new CliExit(2, '--la must be a GSS code like E08000035.');
  const year = { data: parseYearFlag(flags.year) ?? (await yearFromData(dir, io)) };
  const population = flags.population === undefined ? undefined : Number(flags.population);
  if (population !== undefined && !(population > 0))
    throw new CliExit(2, '--population must be a positive number.');
  const locator = createSectorLocator();
  const { returns, years } = await readReturns(dir, year.data);
  const annual: AnnualReturn[] = [];
  const tables: ReturnType<typeof readReturn>['tables'] = [];
  let errors = 0;
  returns.forEach((files, i) => {
    const collectionYear = years[i] as CollectionYear;
    const read = readReturn(files, { collectionYear, locator });
    errors += read.issues.filter((issue) => issue.severity === 'error').length;
    tables.push(...read.tables);
    annual.push({ collectionYear, children: read.value.children, episodes: read.value.episodes });
  });
  const coverage = coverageOf({ tables });
  if (errors > 0)
    io.stderr(
      `The return has ${errors} error(s); run \`placewise ssda903 check\` for details. Rows in error were left out.\n`,
    );
  const merged = annual.length === 1 ? (annual[0] as AnnualReturn) : mergeReturns(annual).value;
  const placements = derivePlacements(merged.episodes, { locator, responsibleAuthority: la.data });
  const settings = flags.settings ? await readRecords(flags.settings, Setting, 'settings', io) : undefined;
  const vacancies = flags.vacancies
    ? await readRecords(flags.vacancies, Vacancy, 'vacancies', io)
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
      collectionYear: year.data,
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

/** The year of the return's top-level files, from their latest DECOM/DEC; said on stderr. */
async function yearFromData(dir: string, io: CliIo): Promise<CollectionYear> {
  let files: ReturnFile[];
  try {
    files = (await stat(dir)).isDirectory()
      ? await filesIn(dir)
      : [{ name: basename(dir), content: new Uint8Array(await readFile(dir)) }];
  } catch {
    throw new CliExit(2, `Cannot read ${dir}: no such file or directory.`);
  }
  const year = inferYearOf(readReturn(files));
  if (!year)
    throw new CliExit(2, 'Could not tell the collection year from the episodes; pass --year (e.g. 2024-25).');
  io.stderr(`Collection year ${year} (from the latest episode date; pass --year to choose).\n`);
  return year;
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

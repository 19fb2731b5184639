import { writeFile } from 'node:fs/promises';
import { createSectorLocator, findLocalAuthority, listSectors } from '@placewise/geo';
import {
  childrenPlacedAway,
  forecastPlacedAway,
  type PlaceType,
  planCapacity,
  publishRegionalReport,
  readAuthority,
  renderRegionalHtml,
  reportOfSummaries,
} from '@placewise/region';
import type { Command } from 'commander';
import { parseYearFlag } from '../internal/collection-year-flag.js';
import { parseForecastYear } from '../internal/forecast-year-flag.js';
import { loadAuthority, reportReadingOf } from '../internal/listed-authority.js';
import { keyTransform, listRegionDir, weeklyCostsFrom } from '../internal/region-input.js';
import { printPlan } from '../internal/region-plan-text.js';
import { parseThreadsFlag, summariseRegionDir } from '../internal/summarise-region.js';
import { CliExit, type CliIo } from '../io.js';

interface ReportFlags {
  year?: string;
  fees?: string;
  json?: boolean;
  html?: string;
  keyFile?: string;
  threads?: string;
}
interface PlanFlags extends ReportFlags {
  add: string;
  type: string;
  objective: string;
  forecastYear?: string;
}

/** A published count as the text output writes it: `c` when suppressed, as DfE writes it. */
const shown = (c: { count: number | null }) => (c.count === null ? 'c' : String(c.count));

async function readRegion(dir: string, flags: ReportFlags, io: CliIo) {
  const { authorities, year } = await listRegionDir(dir, parseYearFlag(flags.year), io);
  const locator = createSectorLocator();
  const transform = await keyTransform(flags.keyFile, io);
  const read = [];
  for (const listed of authorities) {
    reportReadingOf(listed, io);
    const r = loadAuthority(listed);
    read.push(await readAuthority(r, { collectionYear: year, locator, ...(transform ? { transform } : {}) }));
  }
  return { read, year, locator };
}

async function runReport(dir: string, flags: ReportFlags, io: CliIo): Promise<void> {
  const threads = parseThreadsFlag(flags.threads);
  const yearFlag = parseYearFlag(flags.year);
  const { year, summaries: read } = await summariseRegionDir(
    dir,
    {
      ...(yearFlag ? { year: yearFlag } : {}),
      ...(flags.keyFile ? { keyFile: flags.keyFile } : {}),
      ...(threads ? { threads } : {}),
    },
    io,
  );
  const errors = read.reduce((n, a) => n + a.errors, 0);
  if (errors > 0) io.stderr(`The returns have ${errors} error(s); rows in error were left out.\n`);
  const costs = flags.fees ? await weeklyCostsFrom(flags.fees, io) : undefined;
  if (costs && costs.rejected > 0) io.stderr(`${costs.rejected} fee record(s) were rejected and left out.\n`);
  const report = reportOfSummaries(
    read.map((a) => a.summary),
    { collectionYear: year, ...(costs ? { weeklyCostOf: costs.costOf } : {}) },
  );
  const published = publishRegionalReport(report);
  if (flags.json) io.stdout(`${JSON.stringify(published, null, 2)}\n`);
  else {
    const names = Object.fromEntries(
      read.map(({ summary: a }) => [a.gss, findLocalAuthority(a.gss)?.name ?? a.gss]),
    );
    const html = renderRegionalHtml(report, names);
    if (flags.html) {
      await writeFile(flags.html, html);
      io.stderr(`Wrote ${flags.html}\n`);
    } else {
      io.stdout(
        `Regional report ${year}: ${read.length} authorities, ${shown(published.region.claAt31March.total)} looked after at 31 March.\n`,
      );
      for (const a of published.authorities)
        io.stdout(`  ${names[a.gss]}: ${shown(a.indicators.claAt31March.total)} looked after, ${a.status}\n`);
      io.stdout('Pass --json for every figure or --html <file> for the full report.\n');
    }
  }
  if (report.status === 'incomplete') throw new CliExit(1, `Incomplete: ${report.reason ?? ''}`);
}

async function runPlan(dir: string, flags: PlanFlags, io: CliIo): Promise<void> {
  const places = Number(flags.add);
  if (!(Number.isInteger(places) && places > 0))
    throw new CliExit(2, '--add must be a whole number of places, e.g. 12.');
  const types: Record<string, PlaceType> = {
    'childrens-home': 'childrens-home',
    foster: 'foster-household',
    'foster-household': 'foster-household',
  };
  const type = types[flags.type];
  if (!type) throw new CliExit(2, '--type must be childrens-home or foster-household.');
  if (flags.objective !== 'distance' && flags.objective !== 'cost')
    throw new CliExit(2, '--objective must be distance or cost.');
  if (flags.objective === 'cost' && !flags.fees)
    throw new CliExit(2, '--objective cost needs --fees <file> for weekly costs.');
  const costs = flags.fees ? await weeklyCostsFrom(flags.fees, io) : undefined;
  const { read, year, locator } = await readRegion(dir, flags, io);
  const date = `${year.slice(0, 2)}${year.slice(5)}-03-31`;
  const forecastDate = parseForecastYear(flags.forecastYear, date);
  const base = { date, locator, ...(costs ? { weeklyCostOf: costs.costOf } : {}) };
  const from = read.map((a) => a.history.coveredFrom ?? date).sort()[0] ?? date;
  const future = forecastDate ? forecastPlacedAway(read, { ...base, forecastDate, from }) : undefined;
  const { children, unlocated } = future ?? childrenPlacedAway(read, base);
  const region = new Set<string>(read.map((a) => a.gss));
  const candidates = listSectors()
    .filter((s) => region.has(s.authority))
    .map((s) => ({ id: s.sector, point: s.point }));
  const placeCost = costs?.medianOf(type === 'childrens-home' ? 'childrens-home' : 'fostering-in-house');
  if (flags.objective === 'cost' && placeCost === undefined)
    throw new CliExit(
      2,
      `The fee file has no ${type === 'childrens-home' ? 'childrens-home' : 'fostering-in-house'} fees to cost a new place.`,
    );
  const plan = planCapacity(children, candidates, {
    places,
    type,
    objective: flags.objective,
    ...(placeCost !== undefined ? { placeWeeklyCost: placeCost } : {}),
  });
  const forecast = future ? { authorities: future.authorities, method: future.method } : null;
  const result = {
    collectionYear: year,
    date: future?.date ?? date,
    forecast,
    childrenPlacedAway: children.length,
    unlocated,
    candidates: candidates.length,
    plan,
  };
  const incomplete = read.filter((a) => a.coverage.status === 'incomplete').map((a) => a.gss);
  const status = incomplete.length > 0 ? 'incomplete' : 'complete';
  if (flags.json) io.stdout(`${JSON.stringify({ status, ...result }, null, 2)}\n`);
  else printPlan(io, result);
  if (incomplete.length > 0)
    throw new CliExit(1, `Incomplete: the returns of ${incomplete.join(', ')} are incomplete.`);
}

/** Registers `placewise region` with `report` and `plan`. */
export function registerRegion(program: Command, io: CliIo): void {
  const region = program
    .command('region')
    .description('Many authorities at once: a regional report and a capacity planner.');
  region
    .command('report')
    .description(
      'Indicators side by side, cross-border flows, demand against supply and the pooled forecast.',
    )
    .argument('<dir>', 'a directory of authority folders named by GSS code, each holding a SSDA903 return')
    .option('--year <year>', 'the collection year, e.g. 2024-25 (default: from the latest episode date)')
    .option('--fees <file>', 'fee records (CSV) for weekly costs')
    .option('--json', 'print the report as JSON')
    .option('--html <file>', 'write a self-contained HTML report')
    .option('--key-file <file>', 'pseudonymise each return with this key as it is read')
    .option(
      '--threads <n>',
      'read and summarise the authorities in n threads, this one and n − 1 workers (default: one per core, up to 8; one with two cores or fewer); 1: no worker',
    )
    .action((dir: string, flags: ReportFlags) => runReport(dir, flags, io));
  region
    .command('plan')
    .description('Recommend where to add places to bring children placed away within 20 miles of home.')
    .argument('<dir>', 'a directory of authority folders named by GSS code')
    .requiredOption('--add <n>', 'how many places to add')
    .option('--type <type>', 'childrens-home or foster-household', 'childrens-home')
    .option('--objective <objective>', 'distance or cost', 'distance')
    .option('--year <year>', 'the collection year (default: from the latest episode date)')
    .option('--forecast-year <year>', 'plan for the children forecast on 31 March of this year, e.g. 2028')
    .option('--fees <file>', 'fee records (CSV): weekly costs for the cost objective')
    .option('--json', 'print the plan as JSON')
    .option('--key-file <file>', 'pseudonymise each return with this key as it is read')
    .action((dir: string, flags: PlanFlags) => runPlan(dir, flags, io));
}

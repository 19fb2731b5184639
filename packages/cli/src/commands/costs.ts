import { readFile, writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import {
  BenchmarkDimension,
  benchmarkFees,
  type CurrentPlacement,
  compareWithReferences,
  currentPlacementsFromFees,
  type FeeBenchmark,
  formatPounds,
  type PriceIndexSeries,
  parsePriceIndexSeries,
  poundsToPence,
  projectAnnualSpend,
  projectScenario,
  readFeeRecords,
  renderBenchmarkHtml,
  type SpendProjection,
  SpendScenario,
  toWeeklyAmount,
} from '@placewise/costs';
import { Fee, FeeUnit, type Issue, PlacementCategory } from '@placewise/model';
import type { Command } from 'commander';
import Papa from 'papaparse';
import { readJson } from '../internal/read-json.js';
import { CliExit, type CliIo } from '../io.js';

const DIMENSION_ALIASES: Record<string, BenchmarkDimension> = {
  provider: 'providerType',
  'provider-type': 'providerType',
  age: 'ageBand',
  'age-band': 'ageBand',
  staffing: 'staffingRatio',
  'staffing-ratio': 'staffingRatio',
  area: 'inArea',
  'in-area': 'inArea',
  locality: 'inArea',
};

/** Reads `--by category,provider` into dimensions, accepting the aliases people type. */
function parseDimensions(text: string): BenchmarkDimension[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const dimension = DIMENSION_ALIASES[part.toLowerCase()] ?? part;
      if (!BenchmarkDimension.safeParse(dimension).success) {
        throw new CliExit(
          2,
          `--by: "${part}" is not a dimension. Use ${BenchmarkDimension.options.join(', ')} (or provider, age, staffing, area).`,
        );
      }
      return dimension as BenchmarkDimension;
    });
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    throw new CliExit(2, `Cannot read ${file}.`);
  }
}

/** Flat records from a CSV (header row) or a JSON array, with CSV structure issues located. */
async function readRows(file: string): Promise<{ rows: Record<string, unknown>[]; issues: Issue[] }> {
  const text = await readText(file);
  const name = basename(file);
  if (extname(file).toLowerCase() === '.json') {
    const parsed = parseJson(text, file);
    if (!Array.isArray(parsed) || parsed.some((r) => typeof r !== 'object' || r === null)) {
      throw new CliExit(2, `${name} must hold a JSON array of records.`);
    }
    return { rows: parsed as Record<string, unknown>[], issues: [] };
  }
  const result = Papa.parse<Record<string, unknown>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
  });
  const issues: Issue[] = result.errors
    .filter((e) => e.code !== 'UndetectableDelimiter')
    .map((e) => ({
      code: `csv.${e.code}`,
      severity: 'warning' as const,
      message: e.message,
      location: e.row === undefined ? { file: name } : { file: name, row: e.row + 1 },
    }));
  return { rows: result.data, issues };
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new CliExit(2, `${basename(file)} is not valid JSON.`);
  }
}

function describeIssue(issue: Issue): string {
  const l = issue.location;
  const at = [l.file, l.row !== undefined ? `row ${l.row}` : '', l.column, l.path?.join('.')]
    .filter(Boolean)
    .join(', ');
  return `${issue.severity} ${at}: ${issue.message} (${issue.code})`;
}

function writeIssues(io: CliIo, issues: readonly Issue[]): void {
  for (const issue of issues.slice(0, 100)) io.stderr(`${describeIssue(issue)}\n`);
  if (issues.length > 100) io.stderr(`… and ${issues.length - 100} more issues (use --json for all).\n`);
}

function money(group: FeeBenchmark['overall']) {
  const { mean, median, q1, q3, p10, p90 } = group;
  return Object.fromEntries(
    Object.entries({ mean, median, q1, q3, p10, p90 }).map(([k, v]) => [k, formatPounds(v)]),
  );
}

interface BenchmarkCommandOptions {
  by: string;
  reference?: boolean;
  restateTo?: string;
  index?: string;
  json?: boolean;
  html?: string;
}

/** The price index for `--restate-to`, from `--index <file>` (no series is built in). */
async function readIndexSeries(options: BenchmarkCommandOptions): Promise<PriceIndexSeries | undefined> {
  if (!options.restateTo) return undefined;
  if (!options.index) {
    throw new CliExit(
      2,
      '--restate-to needs --index <file>: a price index series as JSON (see the costs README).',
    );
  }
  const parsed = parsePriceIndexSeries(await readJson(options.index));
  if (!parsed.value) {
    const first = parsed.issues[0];
    throw new CliExit(
      2,
      `${basename(options.index)} is not a price index series: ${first?.message ?? 'invalid'}`,
    );
  }
  return parsed.value;
}

async function runBenchmark(file: string, options: BenchmarkCommandOptions, io: CliIo) {
  if (options.json && options.html) throw new CliExit(2, 'Choose one of --json and --html.');
  const by = parseDimensions(options.by);
  const { rows, issues: csvIssues } = await readRows(file);
  const read = readFeeRecords(rows, { file: basename(file) });
  const issues = [...csvIssues, ...read.issues];
  const fees = read.value.map((r) => r.fee);
  const rowOf = read.value.map((r) => r.row);
  const benchmark = benchmarkFees(fees, { by });
  const series = await readIndexSeries(options);
  const reference = options.reference
    ? compareWithReferences(fees, options.restateTo && series ? { restateTo: options.restateTo, series } : {})
    : undefined;
  if (reference) issues.push(...reference.issues);
  const records = { read: read.read, accepted: read.accepted, rejected: read.rejected };
  const group = (g: FeeBenchmark['overall']) => ({
    ...g,
    outliers: g.outliers.map(({ index, ...o }) => ({ ...o, row: rowOf[index] })),
    formatted: money(g),
  });

  if (options.json) {
    const report = {
      file: basename(file),
      records,
      amounts: 'pence per week',
      by: benchmark.by,
      highCostThreshold: benchmark.highCostThreshold,
      overall: group(benchmark.overall),
      groups: benchmark.groups.map(group),
      ...(reference ? { reference: reference.value } : {}),
      issues,
    };
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else if (options.html) {
    const html = renderBenchmarkHtml(benchmark, {
      title: `Placement cost benchmark: ${basename(file)}`,
      source: basename(file),
      records,
      issues,
      ...(reference ? { comparisons: reference.value } : {}),
    });
    await writeFile(options.html, html, 'utf8');
    io.stdout(`Wrote ${options.html}: ${benchmark.groups.length} groups from ${records.accepted} fees.\n`);
  } else {
    io.stdout(benchmarkText(benchmark, records, reference?.value));
    writeIssues(io, issues);
  }
  if (records.accepted === 0) throw new CliExit(1, 'No fee could be read.');
}

function benchmarkText(
  benchmark: FeeBenchmark,
  records: { read: number; accepted: number; rejected: number },
  reference: ReturnType<typeof compareWithReferences>['value'] | undefined,
): string {
  const lines = [
    `${records.read} records: ${records.accepted} accepted, ${records.rejected} rejected. Weekly amounts.`,
    [
      'group'.padEnd(36),
      'count',
      'median'.padStart(12),
      'Q1–Q3'.padStart(25),
      'P10–P90'.padStart(25),
      'high',
      'outl',
    ].join(' '),
  ];
  for (const g of [...benchmark.groups, benchmark.overall]) {
    lines.push(
      [
        g.label.slice(0, 36).padEnd(36),
        String(g.count).padStart(5),
        formatPounds(g.median).padStart(12),
        `${formatPounds(g.q1)}–${formatPounds(g.q3)}`.padStart(25),
        `${formatPounds(g.p10)}–${formatPounds(g.p90)}`.padStart(25),
        String(g.highCostCount).padStart(4),
        String(g.outliers.length).padStart(4),
      ].join(' '),
    );
  }
  for (const c of reference ?? []) {
    if (c.count === 0) continue;
    const r = c.reference;
    lines.push(
      r.kind === 'high-cost-count'
        ? `${r.label} (${r.year}): ${((c.referenceShare ?? 0) * 100).toFixed(1)}% of placements; yours ${((c.authorityShare ?? 0) * 100).toFixed(1)}% of fees.`
        : `${r.label} (${r.year}): ${formatPounds(c.referenceWeekly ?? 0)}; your median ${formatPounds(c.median ?? 0)} (${c.ratio}×, ${c.count} fees).`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** An amount from JSON as `poundsToPence` takes it: numbers as they are, anything else as text. */
const asAmount = (value: unknown): string | number =>
  typeof value === 'number' ? value : String(value ?? '');

/** The placements file: each entry a category with a weekly cost in pounds, or a fee in pounds. */
interface PlacementEntry {
  id?: unknown;
  category?: unknown;
  weeklyCost?: unknown;
  fee?: { amount?: unknown; unit?: unknown };
}

async function readPlacements(
  file: string,
  asOf: string,
): Promise<{ placements: CurrentPlacement[]; read: number; issues: Issue[] }> {
  const name = basename(file);
  if (extname(file).toLowerCase() !== '.json') {
    const { rows, issues } = await readRows(file);
    const read = readFeeRecords(rows, { file: name });
    const current = currentPlacementsFromFees(
      read.value.map((r) => r.fee),
      { asOf },
    );
    const located = current.issues.map(({ location, ...issue }) => {
      const k = Number(location.path?.[0]);
      return { ...issue, location: { file: name, row: read.value[k]?.row ?? 0, column: 'category' } };
    });
    return {
      placements: current.value,
      read: read.read,
      issues: [...issues, ...read.issues, ...located],
    };
  }
  const parsed = parseJson(await readText(file), file);
  if (!Array.isArray(parsed)) throw new CliExit(2, `${name} must hold a JSON array.`);
  const entries = parsed as PlacementEntry[];
  const looksLikeFees = entries.some(
    (e) => e && typeof e === 'object' && 'amount' in e && !('weeklyCost' in e),
  );
  const issues: Issue[] = [];
  if (looksLikeFees) {
    const fees: Fee[] = [];
    const indexOf: number[] = [];
    entries.forEach((entry, i) => {
      const fee = Fee.safeParse(entry);
      if (fee.success) {
        fees.push(fee.data);
        indexOf.push(i);
      } else {
        for (const issue of fee.error.issues) {
          issues.push({
            code: 'fee.invalid',
            severity: 'error',
            message: issue.message,
            location: {
              file: name,
              path: [i, ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))],
            },
          });
        }
      }
    });
    const current = currentPlacementsFromFees(fees, { asOf });
    for (const { location, ...issue } of current.issues) {
      const [k, ...rest] = location.path ?? [];
      issues.push({ ...issue, location: { file: name, path: [indexOf[Number(k)] ?? 0, ...rest] } });
    }
    return { placements: current.value, read: entries.length, issues };
  }
  const placements: CurrentPlacement[] = [];
  entries.forEach((entry, i) => {
    const at = (field: string) => ({ file: name, path: [i, field] });
    const category = PlacementCategory.safeParse(entry?.category);
    if (!category.success) {
      issues.push({
        code: 'placement.category',
        severity: 'error',
        message: 'category is not a Placewise placement category.',
        location: at('category'),
      });
      return;
    }
    let weekly: number | undefined;
    if (entry.weeklyCost !== undefined) {
      const pence = poundsToPence(asAmount(entry.weeklyCost), { location: at('weeklyCost') });
      issues.push(...pence.issues);
      weekly = pence.value;
    } else if (entry.fee) {
      const pence = poundsToPence(asAmount(entry.fee.amount), {
        location: { file: name, path: [i, 'fee', 'amount'] },
      });
      issues.push(...pence.issues);
      const unit = FeeUnit.safeParse(entry.fee.unit);
      if (!unit.success) {
        issues.push({
          code: 'placement.unit',
          severity: 'error',
          message: 'fee.unit must be day, week, four-weeks, month or year.',
          location: { file: name, path: [i, 'fee', 'unit'] },
        });
      } else if (pence.value !== undefined) {
        weekly = toWeeklyAmount(pence.value, unit.data);
      }
    } else {
      issues.push({
        code: 'placement.cost-missing',
        severity: 'error',
        message: 'Give weeklyCost (pounds) or fee { amount, unit }.',
        location: at('weeklyCost'),
      });
    }
    if (weekly === undefined) return;
    const placement: CurrentPlacement = { category: category.data, weekly };
    if (entry.id !== undefined) placement.id = String(entry.id);
    placements.push(placement);
  });
  return { placements, read: entries.length, issues };
}

/** The scenario file: moves with unit costs in pounds a week. */
async function readScenario(file: string): Promise<SpendScenario> {
  const name = basename(file);
  const raw = parseJson(await readText(file), file) as { name?: unknown; moves?: unknown };
  const problems: string[] = [];
  const moves = Array.isArray(raw?.moves) ? raw.moves : [];
  const converted = moves.map((move: Record<string, unknown>, i: number) => {
    const out: Record<string, unknown> = { from: move?.from, to: move?.to, count: move?.count };
    for (const [field, target] of [
      ['weeklyCost', 'toWeekly'],
      ['fromWeeklyCost', 'fromWeekly'],
    ] as const) {
      if (move?.[field] === undefined) continue;
      const pence = poundsToPence(asAmount(move[field]), {
        location: { file: name, path: ['moves', i, field] },
      });
      problems.push(...pence.issues.map(describeIssue));
      out[target] = pence.value;
    }
    return out;
  });
  const parsed = SpendScenario.safeParse({
    ...(raw?.name === undefined ? {} : { name: raw.name }),
    moves: converted,
  });
  if (!parsed.success) {
    problems.push(...parsed.error.issues.map((i) => `error ${name}, ${i.path.join('.')}: ${i.message}`));
  }
  if (problems.length > 0 || !parsed.success) {
    throw new CliExit(2, `The scenario ${name} is not valid:\n${problems.join('\n')}`);
  }
  return parsed.data;
}

interface ProjectCommandOptions {
  scenario?: string;
  asOf: string;
  json?: boolean;
}

function spendText(title: string, spend: SpendProjection): string[] {
  return [
    `${title}: ${spend.count} placements, ${formatPounds(spend.weekly)} a week, ${formatPounds(spend.annual)} a year.`,
    ...spend.byCategory.map(
      (c) =>
        `  ${c.category.padEnd(26)} ${String(c.count).padStart(5)}  mean ${formatPounds(c.meanWeekly).padStart(11)}/wk  ${formatPounds(c.annual).padStart(16)}/yr`,
    ),
  ];
}

async function runProject(file: string, options: ProjectCommandOptions, io: CliIo) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.asOf))
    throw new CliExit(2, '--as-of must be a date written YYYY-MM-DD.');
  const { placements, read, issues } = await readPlacements(file, options.asOf);
  const scenario = options.scenario ? await readScenario(options.scenario) : undefined;
  const baseline = projectAnnualSpend(placements);
  const outcome = scenario ? projectScenario(placements, scenario) : undefined;
  if (outcome)
    issues.push(
      ...outcome.issues.map((i) => ({
        ...i,
        location: { ...i.location, file: basename(options.scenario ?? '') },
      })),
    );
  if (options.json) {
    const report = {
      file: basename(file),
      asOf: options.asOf,
      records: { read, placements: placements.length },
      amounts: 'pence',
      baseline,
      ...(outcome ? { scenario: outcome.value } : {}),
      issues,
    };
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const lines = spendText(`Current spend (as of ${options.asOf})`, baseline);
    if (outcome) {
      const v = outcome.value;
      lines.push('', ...spendText(`After scenario${v.name ? ` "${v.name}"` : ''}`, v.projected));
      lines.push(
        '',
        `Saving: ${formatPounds(v.saving.weekly)} a week, ${formatPounds(v.saving.annual)} a year.`,
        'Assumptions:',
        ...v.assumptions.map((a) => `  - ${a}`),
      );
    }
    io.stdout(`${lines.join('\n')}\n`);
    writeIssues(io, issues);
  }
  if (placements.length === 0)
    throw new CliExit(1, `No placement in force on ${options.asOf} could be read.`);
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Registers `placewise costs benchmark` (weekly fee statistics by group, against published
 * figures, as text, JSON or a self-contained HTML page) and `placewise costs project` (annual spend
 * from current placements and a what-if scenario).
 */
export function registerCosts(program: Command, io: CliIo): void {
  const costs = program.command('costs').description('Benchmark placement fees and project spend.');
  costs
    .command('benchmark')
    .description(
      'Weekly fee statistics by group from a CSV or JSON of flat fee records (amount in pounds, unit, from, to, category, providerType, region, ageBand, staffingRatio, inArea).',
    )
    .argument('<fees>', 'fees.csv or fees.json')
    .option(
      '--by <dimensions>',
      `comma-separated: ${BenchmarkDimension.options.join(', ')} (provider = providerType)`,
      'category',
    )
    .option('--reference', 'compare with published reference figures (NAO, CMA, LGA, PSSRU, DfE allowances)')
    .option('--restate-to <date>', 'with --reference and --index: restate the figures to this date')
    .option(
      '--index <file>',
      'price index series JSON ({ id, title, source, frequency, values }), e.g. ONS CPI D7BT you downloaded',
    )
    .option('--json', 'print the report as JSON (amounts in pence per week)')
    .option('--html <file>', 'write a self-contained HTML page')
    .action((file: string, options: BenchmarkCommandOptions) => runBenchmark(file, options, io));
  costs
    .command('project')
    .description(
      "Annual spend from current placements (JSON [{category, weeklyCost}] in pounds, model Fee[] JSON as placewise synthetic writes, or a flat fee CSV), and a scenario's saving.",
    )
    .argument('<placements>', 'placements.json, fees.json or fees.csv')
    .option(
      '--scenario <file>',
      'JSON: { name?, moves: [{ from, to, count, weeklyCost?, fromWeeklyCost? }] } (pounds a week)',
    )
    .option('--as-of <date>', 'the day whose fees count (for fee files)', today())
    .option('--json', 'print the projection as JSON (amounts in pence)')
    .action((file: string, options: ProjectCommandOptions) => runProject(file, options, io));
}

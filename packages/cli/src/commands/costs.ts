import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  BenchmarkDimension,
  benchmarkFees,
  compareWithReferences,
  type FeeAmounts,
  type FeeBenchmark,
  projectAnnualSpend,
  projectScenario,
  readCurrentPlacements,
  readFees,
  readSpendScenario,
  renderBenchmarkHtml,
  toBenchmarkDimension,
} from '@placewise/costs';
import type { Issue } from '@placewise/model';
import type { Command } from 'commander';
import { benchmarkText, formattedAmounts, spendText } from '../internal/costs-text.js';
import { describeIssue, writeIssues } from '../internal/issue-lines.js';
import { readPriceIndexFile } from '../internal/price-index-file.js';
import { readJson } from '../internal/read-json.js';
import { readRecords } from '../internal/read-records.js';
import { CliExit, type CliIo } from '../io.js';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const errorsIn = (issues: readonly Issue[]) => issues.filter((i) => i.severity === 'error');

/** Reads `--by category,provider` into dimensions, accepting the aliases people type. */
function parseDimensions(text: string): BenchmarkDimension[] {
  return text
    .split(',')
    .filter((part) => part.trim())
    .map((part) => {
      const dimension = toBenchmarkDimension(part);
      if (dimension) return dimension;
      const known = `${BenchmarkDimension.options.join(', ')} (or provider, age, staffing, area)`;
      throw new CliExit(2, `--by: "${part.trim()}" is not a dimension. Use ${known}.`, {
        code: 'cli.invalid-option',
      });
    });
}

interface BenchmarkCommandOptions {
  by: string;
  amounts: string;
  reference?: boolean;
  restateTo?: string;
  index?: string;
  json?: boolean;
  html?: string;
}

async function runBenchmark(file: string, options: BenchmarkCommandOptions, io: CliIo) {
  if (options.json && options.html) throw new CliExit(2, 'Choose one of --json and --html.');
  if (!['auto', 'pounds', 'pence'].includes(options.amounts))
    throw new CliExit(2, '--amounts must be auto, pounds or pence.', { code: 'cli.invalid-option' });
  const by = parseDimensions(options.by);
  const input = await readRecords(file, io, 'fees');
  const { name } = input;
  const read = readFees(input.records, { file: name, amounts: options.amounts as FeeAmounts });
  const issues = [...input.issues, ...read.issues];
  const fees = read.value.map((r) => r.fee);
  const rowOf = read.value.map((r) => r.row);
  const benchmark = benchmarkFees(fees, { by });
  const series = await readPriceIndexFile(options.restateTo, options.index, io);
  const reference = options.reference
    ? compareWithReferences(fees, options.restateTo && series ? { restateTo: options.restateTo, series } : {})
    : undefined;
  if (reference) issues.push(...reference.issues);
  const records = { read: read.read, accepted: read.accepted, rejected: read.rejected };
  const group = (g: FeeBenchmark['overall']) => ({
    ...g,
    outliers: g.outliers.map(({ index, ...o }) => ({ ...o, row: rowOf[index] })),
    formatted: formattedAmounts(g),
  });
  if (options.json) {
    const { by: groupedBy, highCostThreshold } = benchmark;
    const report = {
      file: name,
      records,
      amountsRead: read.amounts,
      amounts: 'pence per week',
      by: groupedBy,
    };
    const groups = { overall: group(benchmark.overall), groups: benchmark.groups.map(group) };
    const extra = reference ? { reference: reference.value } : {};
    io.stdout(json({ ...report, highCostThreshold, ...groups, ...extra, issues }));
  } else if (options.html) {
    const html = renderBenchmarkHtml(benchmark, {
      title: `Placement cost benchmark: ${name}`,
      source: name,
      records,
      issues,
      ...(reference ? { comparisons: reference.value } : {}),
    });
    await writeFile(options.html, html, 'utf8');
    io.stdout(`Wrote ${options.html}: ${benchmark.groups.length} groups from ${records.accepted} fees.\n`);
  } else {
    io.stdout(`Amounts read as ${read.amounts}.\n${benchmarkText(benchmark, records, reference?.value)}`);
    writeIssues(io, issues);
  }
  if (records.accepted === 0) throw new CliExit(1, 'No fee could be read.', { issues: errorsIn(issues) });
  if (records.rejected > 0)
    throw new CliExit(1, `${records.rejected} of ${records.read} fee records were rejected.`, {
      issues: errorsIn(issues),
    });
}

interface ProjectCommandOptions {
  scenario?: string;
  asOf: string;
  json?: boolean;
}

async function runProject(file: string, options: ProjectCommandOptions, io: CliIo) {
  const input = await readRecords(file, io, 'placements');
  const { name } = input;
  // A JSON list of fees is the model's Fee objects (pence), as `placewise synthetic` writes; a CSV is pounds.
  const amounts = input.format === 'json' ? 'pence' : 'pounds';
  const read = readCurrentPlacements(input.records, { asOf: options.asOf, file: name, amounts });
  const issues = [...input.issues, ...read.issues];
  const placements = read.value;
  let outcome: ReturnType<typeof projectScenario> | undefined;
  if (options.scenario) {
    const scenarioFile = basename(options.scenario);
    const scenario = readSpendScenario(await readJson(options.scenario, io), { file: scenarioFile });
    if (!scenario.value)
      throw new CliExit(
        2,
        `The scenario ${scenarioFile} is not valid:\n${scenario.issues.map(describeIssue).join('\n')}`,
        { code: 'input.invalid-scenario', issues: scenario.issues },
      );
    outcome = projectScenario(placements, scenario.value);
    issues.push(...outcome.issues.map((i) => ({ ...i, location: { ...i.location, file: scenarioFile } })));
  }
  const baseline = projectAnnualSpend(placements);
  if (options.json) {
    const records = { read: read.read, placements: placements.length };
    const extra = outcome ? { scenario: outcome.value } : {};
    io.stdout(
      json({ file: name, asOf: options.asOf, records, amounts: 'pence', baseline, ...extra, issues }),
    );
  } else {
    io.stdout(spendText(options.asOf, baseline, outcome?.value, read.read));
    writeIssues(io, issues);
  }
  if (placements.length === 0)
    throw new CliExit(1, `No placement in force on ${options.asOf} could be read.`, {
      issues: errorsIn(issues),
    });
  const errors = errorsIn(issues);
  if (errors.length > 0) throw new CliExit(1, `${errors.length} error(s) in the input.`, { issues: errors });
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
      'Weekly fee statistics by group from a CSV or JSON of fees: flat records in pounds (amount, unit, from, to, category, providerType, region, ageBand, staffingRatio, inArea), or model Fee objects in pence as placewise synthetic writes them (told apart by shape).',
    )
    .argument('<fees>', 'fees.csv or fees.json (- for standard input)')
    .option('--by <dimensions>', `comma-separated: ${BenchmarkDimension.options.join(', ')}`, 'category')
    .option('--amounts <unit>', 'how amounts are written: auto (by shape), pounds or pence', 'auto')
    .option('--reference', 'compare with published reference figures (NAO, CMA, LGA, PSSRU, DfE allowances)')
    .option('--restate-to <date>', 'with --reference and --index: restate the figures to this date')
    .option(
      '--index <file>',
      'price index series JSON ({ id, title, source, frequency, values }), e.g. ONS CPI D7BT',
    )
    .option('--json', 'print the report as JSON (amounts in pence per week)')
    .option('--html <file>', 'write a self-contained HTML page')
    .action((file: string, options: BenchmarkCommandOptions) => runBenchmark(file, options, io));
  costs
    .command('project')
    .description(
      "Annual spend from current placements (JSON [{category, weeklyCost}] in pounds, model Fee[] JSON as placewise synthetic writes, or a flat fee CSV), and a scenario's saving.",
    )
    .argument('<placements>', 'placements.json, fees.json or fees.csv (- for standard input)')
    .option(
      '--scenario <file>',
      'JSON: { name?, moves: [{ from, to, count, weeklyCost?, fromWeeklyCost? }] } (pounds a week)',
    )
    .option('--as-of <date>', 'the day whose fees count (for fee files)', today())
    .option('--json', 'print the projection as JSON (amounts in pence)')
    .action((file: string, options: ProjectCommandOptions) => runProject(file, options, io));
}

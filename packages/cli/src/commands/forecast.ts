import { writeFile } from 'node:fs/promises';
import {
  compareScenarios,
  MAX_HORIZON_DAYS,
  mergeReturns,
  observeDemand,
  projectSpend,
  tabulateForecast,
} from '@placewise/forecast';
import { readReturnsByYear } from '@placewise/ssda903';
import type { Command } from 'commander';
import { checkForecastFlags } from '../internal/forecast/check-flags.js';
import { forecastJson } from '../internal/forecast/forecast-json.js';
import { parseHorizon } from '../internal/forecast/parse-horizon.js';
import { resolvePriceIndex } from '../internal/forecast/price-index.js';
import { readCosts } from '../internal/forecast/read-costs.js';
import { readScenarios } from '../internal/forecast/read-scenarios.js';
import { renderForecastHtml } from '../internal/forecast/render-html.js';
import { renderForecastText } from '../internal/forecast/render-text.js';
import { writeExports } from '../internal/forecast/write-exports.js';
import { yearBackTest } from '../internal/forecast/year-back-test.js';
import { listReturnFiles } from '../internal/list-return-files.js';
import { CliExit, type CliIo } from '../io.js';

export { parseHorizon };

interface ForecastFlags {
  from?: string;
  to?: string;
  horizon: string;
  costs?: string;
  costsAt?: string;
  inflation?: string;
  priceIndex?: string;
  scenario: string[];
  merge: string;
  json?: boolean;
  html?: string;
  xlsx?: string;
  csv?: string;
  step: string;
  samples: string;
  seed: string;
}

const collect = (value: string, list: string[]) => [...list, value];

/**
 * Registers `placewise sufficiency forecast <dir>`: reads several years of SSDA903 returns (years found by
 * `readReturnsByYear`), merges them, forecasts children in care per category with intervals, side by side
 * under each `--scenario`, with spend from `--costs`, as text, JSON or HTML, and `--xlsx`/`--csv` exports.
 */
export function registerForecast(sufficiency: Command, io: CliIo): void {
  sufficiency
    .command('forecast')
    .description('Forecast children in care by placement category from several years of SSDA903 returns.')
    .argument(
      '<dir>',
      'folder of returns: year-named files (2023-24-episodes.csv), one folder per year (2023-24/), or XML',
    )
    .option('--from <date>', 'first day of the fitting window (default: start of the first return)')
    .option(
      '--to <date>',
      'last day of the fitting window, and the projection start (default: end of the last return)',
    )
    .option('--horizon <span>', 'how far to project: 3y, 18m, 26w or days, at most 5 years', '3y')
    .option('--merge <how>', 'returns that disagree: latest-wins or union', 'latest-wins')
    .option(
      '--scenario <file>',
      'scenario JSON (@placewise/forecast/schema/scenario.schema.json); repeat to compare several',
      collect,
      [],
    )
    .option('--costs <file>', 'JSON: category → weekly cost in pounds, or [{ label, share, weekly }] lines')
    .option('--costs-at <date>', 'the date the costs are priced at (default: the projection start)')
    .option('--inflation <percent>', 'carry spend with a constant yearly inflation rate')
    .option(
      '--price-index <file>',
      'carry spend with a price index series (JSON, as @placewise/costs reads it)',
    )
    .option('--step <step>', 'projection step: day or week', 'day')
    .option('--samples <n>', 'bootstrap samples', '200')
    .option('--seed <n>', 'bootstrap seed', '1')
    .option('--json', 'print the forecast as JSON')
    .option('--html <file>', 'write a self-contained HTML page with charts')
    .option('--xlsx <file>', 'write history, projection, spend, scenarios and back-test to an Excel workbook')
    .option('--csv <dir>', 'write each table as a CSV file in this folder')
    .action(async (dir: string, flags: ForecastFlags) => {
      const { samples, seed, merge, step } = checkForecastFlags(flags);
      const costs = flags.costs ? await readCosts(flags.costs, io) : undefined;
      const scenarios = await readScenarios(flags.scenario, io);
      const read = readReturnsByYear(await listReturnFiles(dir, io));
      for (const issue of read.issues) io.stderr(`${issue.location.file}: ${issue.message}\n`);
      if (read.value.length === 0)
        throw new CliExit(
          2,
          `No SSDA903 files with a year in their name, folder or XML (2023-episodes.csv, 2023-24/episodes.csv) in ${dir}.`,
        );
      const merged = mergeReturns(
        read.value.map((y) => ({
          collectionYear: y.collectionYear,
          children: y.value.children,
          episodes: y.value.episodes,
          coverage: y.coverage,
        })),
        { merge },
      );
      const history = merged.value;
      const from = flags.from ?? (history.coveredFrom as string);
      const to = flags.to ?? (history.coveredTo as string);
      if (to < from) throw new CliExit(2, '--to must not be before --from.');
      const horizonDays = parseHorizon(flags.horizon, to);
      if (horizonDays === undefined || horizonDays < 1 || horizonDays > MAX_HORIZON_DAYS)
        throw new CliExit(
          2,
          '--horizon must be like 3y, 18m, 26w or a number of days, from 1 day to 5 years.',
        );
      const result = compareScenarios(history, scenarios, { from, to, horizonDays, step, samples, seed });
      const issues = [
        ...read.value.flatMap((y) => y.issues),
        ...read.issues,
        ...merged.issues,
        ...result.issues,
      ];
      const errors = issues.filter((i) => i.severity === 'error').length;
      const warnings = issues.filter((i) => i.severity === 'warning').length;
      if (errors + warnings > 0)
        io.stderr(`${errors} error(s) and ${warnings} warning(s) reading and fitting; --json lists them.\n`);
      const comparison = result.value;
      const baseline = comparison?.scenarios[0]?.forecast;
      if (!comparison || !baseline) {
        if (flags.json)
          io.stdout(
            `${JSON.stringify({ status: result.status, reason: result.reason, coverage: result.coverage, issues }, null, 2)}\n`,
          );
        throw new CliExit(1, result.reason ?? 'No forecast.');
      }
      const priceIndex = await resolvePriceIndex(flags, flags.costsAt ?? to, io);
      const spend = costs
        ? projectSpend(baseline, costs, {
            ...(priceIndex ? { priceIndex } : {}),
            costsAt: flags.costsAt ?? to,
          })
        : undefined;
      issues.push(...(spend?.issues ?? []));
      const observed = observeDemand(history, { from, to, step: 'week' }).value;
      if (flags.json) {
        const json = forecastJson({
          from,
          to,
          horizonDays,
          step,
          samples,
          seed,
          history,
          read,
          result,
          comparison,
          observed,
          spend: spend?.value,
          issues,
        });
        io.stdout(`${JSON.stringify(json, null, 2)}\n`);
      } else if (flags.html) {
        await writeFile(flags.html, renderForecastHtml(comparison, observed, spend?.value, result.coverage));
        io.stdout(`Wrote ${flags.html}.\n`);
      } else {
        io.stdout(renderForecastText(comparison, observed, spend?.value, result.coverage));
      }
      if (flags.xlsx || flags.csv) {
        const test = yearBackTest(history, from, to);
        const tables = tabulateForecast({
          forecast: baseline,
          history: observed,
          ...(spend ? { spend: spend.value } : {}),
          scenarios: comparison.rows,
          ...(test ? { backtest: test } : {}),
        });
        for (const path of await writeExports(tables, flags)) io.stderr(`Wrote ${path}.\n`);
      }
      if (result.status === 'incomplete')
        throw new CliExit(1, result.reason ?? 'The forecast rests on incomplete data.');
    });
}

import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  buildMarketReport,
  type MarketArea,
  type MarketReport,
  readOfstedProviders,
  renderMarketHtml,
  renderMarketMarkdown,
  withProviderSnapshot,
} from '@placewise/market';
import { loadEmbeddedMarketData } from '@placewise/market/data';
import type { Issue } from '@placewise/model';
import type { Command } from 'commander';
import { readInputDecoded } from '../internal/files.js';
import { CliExit, type CliIo } from '../io.js';

interface MarketReportFlags {
  la?: string;
  region?: string;
  england?: boolean;
  year?: string;
  json?: boolean;
  html?: string;
  md?: boolean;
  providers?: string;
  asAt?: string;
  children?: string;
  childrenSource?: string;
}

/** Ends the command; with `--json` the CLI prints the shared `{ error, issues }` object on stdout. */
function fail(
  _io: CliIo,
  _flags: MarketReportFlags,
  exitCode: number,
  code: string,
  message: string,
  issues: Issue[] = [],
): never {
  throw new CliExit(exitCode, message, { code, issues });
}

function areaOf(io: CliIo, flags: MarketReportFlags): MarketArea {
  const chosen = [flags.la, flags.region, flags.england].filter((f) => f !== undefined && f !== false);
  if (chosen.length !== 1)
    fail(io, flags, 2, 'market.area', 'Give exactly one of --la <codes>, --region <name> or --england.');
  if (flags.england) return { england: true };
  if (flags.region !== undefined) return { region: flags.region };
  return {
    authorities: (flags.la ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  };
}

function positiveInteger(io: CliIo, flags: MarketReportFlags, name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0)
    fail(io, flags, 2, `market.${name}`, `--${name} must be a whole number above zero.`);
  return value;
}

function summary(report: MarketReport): string {
  const { supply, concentration: c, flow } = report;
  const latest = flow.years[flow.years.length - 1];
  const sectors = supply.bySector.map(
    (s) => `${s.sector} ${s.homes} homes / ${s.places} places (${s.share.text})`,
  );
  return [
    `${report.area.label}: ${supply.homes} children's homes, ${supply.places} places at ${supply.asAt}.`,
    `  by sector: ${sectors.join('; ')}`,
    `  largest 5 owners hold ${c.top5.text} of places, largest 10 ${c.top10.text}, largest 20 ${c.top20.text}` +
      (c.hhi === undefined ? '' : `; HHI ${Math.round(c.hhi)}`) +
      ` (provider list at ${c.asAt}).`,
    latest
      ? `  year to 31 March ${latest.year}: ${latest.openedHomes} opened (${latest.openedPlaces} places), ${latest.closedHomes} closed (${latest.closedPlaces} places), net ${latest.netPlaces} places.`
      : '  no openings or closures recorded.',
    `  independent fostering agencies: ${report.fostering.total} (at ${report.fostering.asAt}).`,
    'Use --md, --html <file> or --json for the full report.',
  ].join('\n');
}

/**
 * Registers `placewise market report --la <codes> | --region <name> | --england [--year 2025]
 * [--json | --html out.html | --md]`: the children's homes market from Ofsted's open data.
 */
export function registerMarket(program: Command, io: CliIo): void {
  const market = program
    .command('market')
    .description("The supply side: children's homes, owners, openings and closures from Ofsted's open data.");
  market
    .command('report')
    .description('Homes and places by sector and judgement, ownership concentration, openings and closures.')
    .option('--la <codes>', 'local authorities, comma-separated ONS codes or names (E08000035,E08000032)')
    .option('--region <name>', 'a region, e.g. "North West"')
    .option('--england', 'all of England')
    .option('--year <year>', 'the 31 March of homes and places (2023, 2024 or 2025; default the latest)')
    .option(
      '--providers <file>',
      'a newer Ofsted provider-level CSV to use instead of the embedded 2023 list',
    )
    .option('--as-at <date>', 'the date the --providers list is at (default: inferred, with a warning)')
    .option('--children <n>', 'children under 18 in the area, for rates per 10,000')
    .option('--children-source <text>', 'where --children comes from', 'given on the command line')
    .option('--json', 'print the report as JSON')
    .option('--html <file>', 'write the report as an HTML page')
    .option('--md', 'print the report as Markdown')
    .action(async (flags: MarketReportFlags) => {
      const area = areaOf(io, flags);
      let data = loadEmbeddedMarketData();
      const readIssues: Issue[] = [];
      if (flags.providers) {
        const { text, issues: decoding } = await readInputDecoded(flags.providers, io);
        const file = basename(flags.providers);
        const read = readOfstedProviders(text, flags.asAt ? { file, asAt: flags.asAt } : { file });
        readIssues.push(...decoding, ...read.issues);
        if (read.value.counts.accepted === 0)
          fail(
            io,
            flags,
            2,
            'market.providers-empty',
            `${file}: no children's home or fostering agency read.`,
            read.issues,
          );
        data = withProviderSnapshot(data, read.value.snapshot);
      }
      const year = flags.year === undefined ? undefined : positiveInteger(io, flags, 'year', flags.year);
      const children =
        flags.children === undefined ? undefined : positiveInteger(io, flags, 'children', flags.children);
      const report = buildMarketReport(data, area, {
        ...(year === undefined ? {} : { year }),
        ...(children === undefined ? {} : { population: { children, source: flags.childrenSource ?? '' } }),
      });
      report.issues.unshift(...readIssues);
      const errors = report.issues.filter((i) => i.severity === 'error');
      const unusable = errors.find((i) => i.code.startsWith('area.') || i.code.startsWith('report.'));
      if (unusable) fail(io, flags, 2, unusable.code, unusable.message, report.issues);
      if (!flags.json)
        for (const issue of report.issues) io.stderr(`${issue.severity}: ${issue.message} (${issue.code})\n`);
      // Rows rejected from --providers: the report stands, and with --json carries the shared error object too.
      const error =
        errors.length > 0
          ? {
              code: 'market.data-errors',
              message: `${errors.length} rows of the provider list could not be used.`,
            }
          : undefined;
      if (flags.json) io.stdout(`${JSON.stringify(error ? { error, ...report } : report, null, 2)}\n`);
      else if (flags.md) io.stdout(renderMarketMarkdown(report));
      else io.stdout(`${summary(report)}\n`);
      if (flags.html) {
        await writeFile(flags.html, renderMarketHtml(report));
        if (!flags.json) io.stderr(`Wrote ${flags.html}.\n`);
      }
      if (errors.length > 0) throw new CliExit(1);
    });
}

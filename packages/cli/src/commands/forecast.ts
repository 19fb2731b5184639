import type { Dirent } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { type CollectionYear, collectionYearOf, type Episode, type Issue } from '@placewise/model';
import { type ReturnFile, readReturn } from '@placewise/ssda903';
import {
  type AnnualReturn,
  type DemandForecast,
  forecastDemand,
  MAX_HORIZON_DAYS,
  mergeReturns,
  type ObservedDemand,
  observeDemand,
  type ProjectedSpendYear,
  projectSpend,
  type SeriesIntervals,
  type SpendFigure,
} from '@placewise/forecast';
import type { Command } from 'commander';
import { CliExit, type CliIo } from '../io.js';

interface ForecastFlags {
  from?: string;
  to?: string;
  horizon: string;
  costs?: string;
  json?: boolean;
  html?: string;
  step: string;
  samples: string;
  seed: string;
}

const YEAR_IN_NAME = /(?<!\d)((?:19|20)\d{2})(?:[-_](\d{2}))?(?!\d)/;
const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A year label found in a file or folder name: `2023-24` exactly, or a bare `2023` resolved from the data. */
function yearLabel(name: string): { year: number; exact?: CollectionYear } | undefined {
  const match = YEAR_IN_NAME.exec(name);
  if (!match) return undefined;
  const year = Number(match[1]);
  const exact = match[2] !== undefined && (year + 1) % 100 === Number(match[2]);
  return exact ? { year, exact: `${year}-${match[2]}` } : { year };
}

/** Groups the return files in `dir` by year: `2023-episodes.csv` style names, or one folder per year. */
async function findYearFiles(
  dir: string,
): Promise<Map<string, { label: { year: number; exact?: CollectionYear }; paths: string[] }>> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    throw new CliExit(
      2,
      `Cannot read the folder ${dir} (${(error as NodeJS.ErrnoException).code ?? 'unreadable'}).`,
    );
  }
  const groups = new Map<string, { label: { year: number; exact?: CollectionYear }; paths: string[] }>();
  const add = (label: { year: number; exact?: CollectionYear }, path: string) => {
    const key = label.exact ?? String(label.year);
    const group = groups.get(key) ?? { label, paths: [] };
    group.paths.push(path);
    groups.set(key, group);
  };
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const label = yearLabel(entry.name);
    if (!label) continue;
    if (entry.isDirectory()) {
      const inner = await readdir(join(dir, entry.name), { withFileTypes: true });
      for (const file of inner)
        if (file.isFile() && /\.(csv|xml)$/i.test(file.name)) add(label, join(dir, entry.name, file.name));
    } else if (entry.isFile() && /\.(csv|xml)$/i.test(entry.name)) {
      add(label, join(dir, entry.name));
    }
  }
  return groups;
}

async function readYears(dir: string, io: CliIo): Promise<{ returns: AnnualReturn[]; issues: Issue[] }> {
  const groups = await findYearFiles(dir);
  if (groups.size === 0)
    throw new CliExit(
      2,
      `No SSDA903 files with a year in their name or folder (2023-episodes.csv, 2023-24/episodes.csv) in ${dir}.`,
    );
  const returns = new Map<CollectionYear, AnnualReturn>();
  const issues: Issue[] = [];
  for (const { label, paths } of groups.values()) {
    const files: ReturnFile[] = await Promise.all(
      paths.map(async (path) => ({ name: basename(path), content: new Uint8Array(await readFile(path)) })),
    );
    const read = readReturn(files, label.exact ? { collectionYear: label.exact } : {});
    const where = new Map(files.map((file, i) => [file.name, relative(dir, paths[i] as string)]));
    issues.push(
      ...read.issues.map((issue) => {
        const file = issue.location.file === undefined ? undefined : where.get(issue.location.file);
        return file === undefined ? issue : { ...issue, location: { ...issue.location, file } };
      }),
    );
    const collectionYear = label.exact ?? bareYear(label.year, read.value.episodes);
    if (!label.exact) io.stderr(`Files labelled ${label.year} read as collection year ${collectionYear}.\n`);
    const earlier = returns.get(collectionYear);
    returns.set(collectionYear, {
      collectionYear,
      children: [...(earlier?.children ?? []), ...read.value.children],
      episodes: [...(earlier?.episodes ?? []), ...read.value.episodes],
    });
  }
  return { returns: [...returns.values()], issues };
}

/** A bare year is the collection year holding the file's latest date, if that is the year starting or ending then. */
function bareYear(year: number, episodes: readonly Episode[]): CollectionYear {
  const starting = `${year}-${String((year + 1) % 100).padStart(2, '0')}`;
  const ending = `${year - 1}-${String(year % 100).padStart(2, '0')}`;
  let latest = '';
  for (const e of episodes) for (const d of [e.start, e.end]) if (d !== undefined && d > latest) latest = d;
  if (!latest) return starting;
  const held = collectionYearOf(latest);
  return held === ending ? ending : starting;
}

/** Days in `3y`, `18m`, `26w`, `90d` or a plain number of days, counted on the calendar from `start`. */
export function parseHorizon(text: string, start: string): number | undefined {
  const match = /^(\d+)\s*([ymwd]?)$/i.exec(text.trim());
  if (!match) return undefined;
  const n = Number(match[1]);
  const unit = (match[2] ?? '').toLowerCase();
  if (unit === 'd' || unit === '') return n;
  if (unit === 'w') return n * 7;
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const from = Date.UTC(y, m - 1, d);
  const to = unit === 'y' ? Date.UTC(y + n, m - 1, d) : Date.UTC(y, m - 1 + n, d);
  return Math.round((to - from) / MS_PER_DAY);
}

async function readCosts(file: string): Promise<Record<string, number>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    throw new CliExit(2, `Cannot read ${file} as JSON (an object of category → weekly cost in pounds).`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new CliExit(2, `${file} must be an object of category → weekly cost in pounds.`);
  const pence: Record<string, number> = {};
  for (const [category, pounds] of Object.entries(parsed)) {
    if (typeof pounds !== 'number' || !Number.isFinite(pounds) || pounds < 0)
      throw new CliExit(
        2,
        `${file}: the weekly cost of "${category}" must be a number of pounds, 0 or more.`,
      );
    pence[category] = Math.round(pounds * 100);
  }
  return pence;
}

const round1 = (v: number) => Math.round(v * 10) / 10;

function seriesJson(expected: readonly number[], band: SeriesIntervals) {
  return {
    expected: expected.map(round1),
    lower80: band.lower80.map(round1),
    upper80: band.upper80.map(round1),
    lower95: band.lower95.map(round1),
    upper95: band.upper95.map(round1),
  };
}

function pounds(pence: number | undefined): string {
  return pence === undefined ? '' : `£${Math.round(pence / 100).toLocaleString('en-GB')}`;
}

function spendText(figure: SpendFigure): string {
  const range =
    figure.lower80 === undefined ? '' : ` (80%: ${pounds(figure.lower80)}–${pounds(figure.upper80)})`;
  return `${pounds(figure.expected)}${range}`;
}

function textReport(
  forecast: DemandForecast,
  observed: ObservedDemand,
  spend: ProjectedSpendYear[] | undefined,
): string {
  const { projection, intervals } = forecast;
  const marks = [365, 730, 1095, 1460, 1825]
    .map((days) => Math.round(days / projection.stepDays))
    .filter((k) => k < projection.dates.length);
  const lines = [
    `Demand forecast from ${projection.start}: fitted ${forecast.model.from} to ${forecast.model.to} on ${forecast.model.children} children; ${forecast.samples} bootstrap samples (seed ${forecast.seed}).`,
    '',
    [
      'category'.padEnd(13),
      'now'.padStart(6),
      ...marks.map((k) => (projection.dates[k] as string).padStart(22)),
    ].join(''),
  ];
  for (const category of [...projection.categories, 'total']) {
    const expected = category === 'total' ? projection.total : (projection.byCategory[category] ?? []);
    const band = category === 'total' ? intervals.total : intervals.byCategory[category];
    const now = category === 'total' ? observed.total.at(-1) : observed.byCategory[category]?.at(-1);
    const cells = marks.map((k) =>
      `${Math.round(expected[k] as number)} (${Math.round(band?.lower80[k] as number)}–${Math.round(band?.upper80[k] as number)})`.padStart(
        22,
      ),
    );
    lines.push([category.padEnd(13), String(now ?? '').padStart(6), ...cells].join(''));
  }
  lines.push('', 'Expected children in care, with the 80% interval in brackets.');
  if (spend) {
    lines.push('', 'Projected spend by collection year (expected, 80% interval):');
    for (const year of spend)
      lines.push(`  ${year.collectionYear} (${year.days} days): ${spendText(year.total)}`);
  }
  return `${lines.join('\n')}\n`;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);

function chartSvg(
  category: string,
  observed: ObservedDemand,
  forecast: DemandForecast,
  expected: readonly number[],
  band: SeriesIntervals,
  history: readonly number[],
): string {
  const { projection } = forecast;
  const width = 640;
  const height = 240;
  const pad = { left: 44, right: 12, top: 12, bottom: 28 };
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY;
  const x0 = day(observed.dates[0] as string);
  const x1 = day(projection.dates.at(-1) as string);
  const yMax = Math.max(1, ...history, ...band.upper95) * 1.1;
  const x = (iso: string) =>
    pad.left + ((day(iso) - x0) / Math.max(1, x1 - x0)) * (width - pad.left - pad.right);
  const y = (v: number) => height - pad.bottom - (v / yMax) * (height - pad.top - pad.bottom);
  const line = (dates: readonly string[], values: readonly number[]) =>
    dates
      .map((d, k) => `${k === 0 ? 'M' : 'L'}${x(d).toFixed(1)},${y(values[k] as number).toFixed(1)}`)
      .join('');
  const area = (low: readonly number[], high: readonly number[]) =>
    `${line(projection.dates, high)}${[...projection.dates]
      .reverse()
      .map((d, k) => `L${x(d).toFixed(1)},${y(low[low.length - 1 - k] as number).toFixed(1)}`)
      .join('')}Z`;
  const ticks = [0, 0.5, 1].map((f) => Math.round(yMax * f * 0.9));
  const label = `${category}: observed ${history.at(-1)} on ${observed.dates.at(-1)}, projected ${Math.round(expected.at(-1) as number)} on ${projection.dates.at(-1)} (95% interval ${Math.round(band.lower95.at(-1) as number)} to ${Math.round(band.upper95.at(-1) as number)})`;
  return `<svg viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(label)}" xmlns="http://www.w3.org/2000/svg">
<path d="${area(band.lower95, band.upper95)}" fill="#cce2f2"/>
<path d="${area(band.lower80, band.upper80)}" fill="#8fbde0"/>
<path d="${line(observed.dates, history)}" fill="none" stroke="#0b0c0c" stroke-width="2"/>
<path d="${line(projection.dates, expected)}" fill="none" stroke="#1d70b8" stroke-width="2" stroke-dasharray="6 3"/>
${ticks.map((t) => `<text x="${pad.left - 6}" y="${y(t) + 4}" text-anchor="end" font-size="11">${t}</text><line x1="${pad.left}" x2="${width - pad.right}" y1="${y(t)}" y2="${y(t)}" stroke="#b1b4b6" stroke-width="0.5"/>`).join('\n')}
<text x="${pad.left}" y="${height - 8}" font-size="11">${observed.dates[0]}</text>
<text x="${x(projection.start)}" y="${height - 8}" font-size="11" text-anchor="middle">${projection.start}</text>
<text x="${width - pad.right}" y="${height - 8}" font-size="11" text-anchor="end">${projection.dates.at(-1)}</text>
</svg>`;
}

function htmlReport(
  forecast: DemandForecast,
  observed: ObservedDemand,
  spend: ProjectedSpendYear[] | undefined,
): string {
  const { projection, intervals } = forecast;
  const figures = [...projection.categories, 'total'].map((category) => {
    const expected = category === 'total' ? projection.total : (projection.byCategory[category] ?? []);
    const band = (category === 'total' ? intervals.total : intervals.byCategory[category]) as SeriesIntervals;
    const history = category === 'total' ? observed.total : (observed.byCategory[category] ?? []);
    return `<figure><figcaption><h2>${escapeHtml(category)}</h2></figcaption>${chartSvg(category, observed, forecast, expected, band, history)}</figure>`;
  });
  const spendRows = (spend ?? [])
    .map(
      (y) =>
        `<tr><td>${y.collectionYear}</td><td>${y.days}</td><td>${pounds(y.total.expected)}</td><td>${pounds(y.total.lower80)} to ${pounds(y.total.upper80)}</td><td>${pounds(y.total.lower95)} to ${pounds(y.total.upper95)}</td></tr>`,
    )
    .join('');
  const spendTable = spend
    ? `<h2>Projected spend</h2><table><thead><tr><th>Collection year</th><th>Days</th><th>Expected</th><th>80% interval</th><th>95% interval</th></tr></thead><tbody>${spendRows}</tbody></table>`
    : '';
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Demand forecast — Placewise</title>
<style>body{font-family:Arial,sans-serif;color:#0b0c0c;max-width:960px;margin:2em auto;padding:0 1em;line-height:1.4}figure{margin:0 0 2em}h2{font-size:1.2em;margin:.5em 0}svg{width:100%;height:auto}table{border-collapse:collapse}td,th{border-bottom:1px solid #b1b4b6;padding:.3em .8em;text-align:left}.key span{display:inline-block;width:1.5em;height:.8em;margin:0 .3em 0 1em;vertical-align:middle}</style></head>
<body><h1>Demand forecast</h1>
<p>Fitted on ${forecast.model.from} to ${forecast.model.to} (${forecast.model.children} children); projected from ${projection.start} with ${forecast.samples} bootstrap samples (seed ${forecast.seed}). Children in care by placement category.</p>
<p class="key"><span style="background:#0b0c0c;height:2px"></span>observed <span style="border-top:2px dashed #1d70b8;height:0"></span>expected <span style="background:#8fbde0"></span>80% interval <span style="background:#cce2f2"></span>95% interval</p>
${figures.join('\n')}
${spendTable}
<p>Intervals show the uncertainty of the fitted rates (bootstrap over children), not the chance variation of the actual count.</p>
</body></html>
`;
}

function checkDate(name: string, value: string | undefined): void {
  if (value !== undefined && !ISO_DATE.test(value))
    throw new CliExit(2, `--${name} must be a date written YYYY-MM-DD.`);
}

/**
 * Registers `placewise sufficiency forecast <dir> --from --to --horizon 3y [--costs costs.json] [--json | --html out.html]`:
 * reads several years of SSDA903 returns, merges them, fits a flow model and projects demand per category with
 * bootstrap intervals, and optionally spend from weekly costs in pounds.
 */
export function registerForecast(sufficiency: Command, io: CliIo): void {
  sufficiency
    .command('forecast')
    .description('Forecast children in care by placement category from several years of SSDA903 returns.')
    .argument(
      '<dir>',
      'folder of returns: files named with their year (2023-episodes.csv) or one folder per year (2023-24/)',
    )
    .option('--from <date>', 'first day of the fitting window (default: start of the first return)')
    .option(
      '--to <date>',
      'last day of the fitting window, and the projection start (default: end of the last return)',
    )
    .option('--horizon <span>', 'how far to project: 3y, 18m, 26w or days, at most 5 years', '3y')
    .option('--costs <file>', 'JSON object: category → weekly cost in pounds')
    .option('--step <step>', 'projection step: day or week', 'day')
    .option('--samples <n>', 'bootstrap samples', '200')
    .option('--seed <n>', 'bootstrap seed', '1')
    .option('--json', 'print the forecast as JSON')
    .option('--html <file>', 'write a self-contained HTML page with a chart per category')
    .action(async (dir: string, flags: ForecastFlags) => {
      if (flags.json && flags.html) throw new CliExit(2, 'Choose one of --json and --html.');
      checkDate('from', flags.from);
      checkDate('to', flags.to);
      if (flags.step !== 'day' && flags.step !== 'week') throw new CliExit(2, '--step must be day or week.');
      const samples = Number(flags.samples);
      const seed = Number(flags.seed);
      if (!Number.isInteger(samples) || samples < 1)
        throw new CliExit(2, '--samples must be a whole number of at least 1.');
      if (!Number.isInteger(seed)) throw new CliExit(2, '--seed must be a whole number.');
      const costs = flags.costs ? await readCosts(flags.costs) : undefined;
      const read = await readYears(dir, io);
      const merged = mergeReturns(read.returns);
      const history = merged.value;
      const from = flags.from ?? history.coveredFrom;
      const to = flags.to ?? history.coveredTo;
      if (!from || !to) throw new CliExit(2, 'No return was read.');
      if (to < from) throw new CliExit(2, '--to must not be before --from.');
      const horizonDays = parseHorizon(flags.horizon, to);
      if (horizonDays === undefined || horizonDays < 1 || horizonDays > MAX_HORIZON_DAYS)
        throw new CliExit(
          2,
          '--horizon must be like 3y, 18m, 26w or a number of days, from 1 day to 5 years.',
        );
      const step = flags.step;
      const fit = forecastDemand(history, { from, to, horizonDays, step, samples, seed });
      const observed = observeDemand(history, { from, to, step: 'week' });
      const spend = costs ? projectSpend(fit.value, costs) : undefined;
      const issues = [...read.issues, ...merged.issues, ...fit.issues, ...(spend?.issues ?? [])];
      const count = (severity: Issue['severity']) => issues.filter((i) => i.severity === severity).length;
      if (count('error') + count('warning') > 0)
        io.stderr(
          `${count('error')} error(s) and ${count('warning')} warning(s) reading and fitting; --json lists them.\n`,
        );
      const { projection, intervals, model } = fit.value;
      if (flags.json) {
        const output = {
          from,
          to,
          horizonDays,
          step,
          samples,
          seed,
          collectionYears: read.returns.map((r) => r.collectionYear).sort(),
          categories: projection.categories,
          children: model.children,
          history: {
            dates: observed.value.dates,
            byCategory: observed.value.byCategory,
            total: observed.value.total,
          },
          projection: {
            dates: projection.dates,
            byCategory: Object.fromEntries(
              projection.categories.map((c) => [
                c,
                seriesJson(projection.byCategory[c] ?? [], intervals.byCategory[c] as SeriesIntervals),
              ]),
            ),
            total: seriesJson(projection.total, intervals.total),
          },
          rates: {
            states: model.states.map((s) => s.id),
            entryPerDay: model.entryRates,
            leavePerDay: model.leaveRates,
            transitionPerDay: model.transitionRates,
            exposureDays: model.exposureDays,
          },
          ...(spend ? { spend: spend.value } : {}),
          issues,
        };
        io.stdout(`${JSON.stringify(output, null, 2)}\n`);
      } else if (flags.html) {
        await writeFile(flags.html, htmlReport(fit.value, observed.value, spend?.value));
        io.stdout(`Wrote ${flags.html}.\n`);
      } else {
        io.stdout(textReport(fit.value, observed.value, spend?.value));
      }
    });
}

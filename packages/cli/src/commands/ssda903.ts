import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { CollectionYear, Issue, IssueSeverity } from '@placewise/model';
import {
  coverageOf,
  pseudonymiseReturn,
  type ReadReturnResult,
  type ReturnFile,
  readReturn,
  writeReturn,
} from '@placewise/ssda903';
import type { Command } from 'commander';
import { inferYearOf, parseYearFlag } from '../internal/collection-year-flag.js';
import { orderIssues, parseSeverity, summariseIssues } from '../internal/issue-summary.js';
import { CliExit, type CliIo } from '../io.js';

/** Above this many bytes of input, reading reports progress on stderr. */
const PROGRESS_BYTES = 1_000_000;

/** Reads a directory's CSV/XML files, or one file, reporting progress for large inputs. */
async function readInput(path: string, io: CliIo): Promise<ReturnFile[]> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch {
    throw new CliExit(2, `Cannot read ${path}: no such file or directory.`);
  }
  const paths = info.isDirectory()
    ? (await readdir(path))
        .filter((name) => /\.(csv|xml)$/i.test(name))
        .sort()
        .map((name) => join(path, name))
    : [path];
  if (paths.length === 0) throw new CliExit(2, `${path} holds no .csv or .xml files.`);
  const sizes = await Promise.all(paths.map(async (p) => (await stat(p)).size));
  const total = sizes.reduce((a, b) => a + b, 0);
  const files: ReturnFile[] = [];
  for (const [i, p] of paths.entries()) {
    if (total > PROGRESS_BYTES) {
      io.stderr(
        `Reading ${basename(p)} (${i + 1}/${paths.length}, ${((sizes[i] ?? 0) / 1e6).toFixed(1)} MB)\n`,
      );
    }
    files.push({ name: basename(p), content: new Uint8Array(await readFile(p)) });
  }
  return files;
}

/** Text output shows this many issues unless `--max-issues` says otherwise. */
const DEFAULT_MAX_ISSUES = 200;

interface CheckFlags {
  year?: string;
  json?: boolean;
  maxIssues?: string;
  severity?: string;
}

/**
 * Reads the return for the year given, or else for the year its latest DECOM/DEC falls in (said on
 * stderr), so codes and SEX are checked against the right year's lists.
 */
function readForYear(
  files: ReturnFile[],
  flag: CollectionYear | undefined,
  io: CliIo,
): { result: ReadReturnResult; year: CollectionYear | undefined } {
  if (flag) return { result: readWithProgress(files, flag, io), year: flag };
  const first = readWithProgress(files, undefined, io);
  const year = inferYearOf(first);
  if (!year) {
    io.stderr(
      'Could not tell the collection year from the episodes; codes were checked against every year.\n',
    );
    return { result: first, year: undefined };
  }
  io.stderr(`Collection year ${year} (from the latest episode date; pass --year to choose).\n`);
  return { result: readWithProgress(files, year, io), year };
}

function readWithProgress(
  files: ReturnFile[],
  year: CollectionYear | undefined,
  io: CliIo,
): ReadReturnResult {
  const started = Date.now();
  const result = readReturn(files, year ? { collectionYear: year } : {});
  const rows = result.tables.reduce((n, t) => n + t.rows, 0);
  if (Date.now() - started > 2000) io.stderr(`Read and checked ${rows} rows in ${Date.now() - started} ms\n`);
  return result;
}

function where(issue: Issue): string {
  const { file, table, row, column } = issue.location;
  const place = [file ?? table, row === undefined ? undefined : `row ${row}`, column].filter(Boolean);
  return place.join(' ');
}

function printText(result: ReadReturnResult, shown: Issue[], io: CliIo): void {
  io.stdout('Table            File                          Rows  Accepted  Rejected\n');
  for (const t of result.tables) {
    const cells = [t.table.padEnd(16), (t.file ?? '').padEnd(28), String(t.rows).padStart(6)];
    io.stdout(`${cells.join(' ')} ${String(t.accepted).padStart(9)} ${String(t.rejected).padStart(9)}\n`);
  }
  if (result.issues.length === 0) {
    io.stdout('\nNo issues.\n');
    return;
  }
  const summary = summariseIssues(result.issues);
  io.stdout(`\nSummary: ${summary.errors} error(s), ${summary.warnings} warning(s), ${summary.info} info\n`);
  for (const { code, severity, count } of summary.byCode) {
    io.stdout(`  ${severity.padEnd(8)} ${code.padEnd(27)} ${String(count).padStart(7)}\n`);
  }
  if (shown.length === 0) return;
  io.stdout('\nSeverity  Code                        Where                                    Message\n');
  for (const issue of shown) {
    io.stdout(
      `${issue.severity.padEnd(9)} ${issue.code.padEnd(27)} ${where(issue).padEnd(40)} ${issue.message}\n`,
    );
  }
}

function parseMaxIssues(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) throw new CliExit(2, '--max-issues must be a whole number, 0 or more.');
  return n;
}

async function check(path: string, options: CheckFlags, io: CliIo): Promise<void> {
  const flag = parseYearFlag(options.year);
  const maxIssues = parseMaxIssues(options.maxIssues);
  const severity: IssueSeverity | undefined = parseSeverity(options.severity);
  if (options.severity !== undefined && !severity) {
    throw new CliExit(2, '--severity must be error, warning or info.');
  }
  const { result, year } = readForYear(await readInput(path, io), flag, io);
  const ordered = orderIssues(result.issues, severity);
  const limit = maxIssues ?? (options.json ? ordered.length : DEFAULT_MAX_ISSUES);
  const shown = ordered.slice(0, limit);
  if (options.json) {
    const tables = result.tables.map(({ table, file, rows, accepted, rejected }) => ({
      table,
      ...(file === undefined ? {} : { file }),
      rows,
      accepted,
      rejected,
    }));
    const output = {
      ...(year ? { collectionYear: year } : {}),
      tables,
      coverage: coverageOf(result),
      summary: summariseIssues(result.issues),
      issues: shown,
    };
    io.stdout(`${JSON.stringify(output, null, 2)}\n`);
  } else {
    printText(result, shown, io);
    if (ordered.length > shown.length) {
      io.stdout(
        `\n… ${ordered.length - shown.length} more issue(s) not shown; use --max-issues N, --severity error or --json.\n`,
      );
    }
  }
  const errors = result.issues.filter((issue) => issue.severity === 'error').length;
  if (errors > 0) throw new CliExit(1, `${errors} error(s) found.`);
}

/** Key files are often saved with a trailing line break; it is not part of the key. */
function keyBytes(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1] === 0x0a || bytes[end - 1] === 0x0d)) end--;
  return bytes.slice(0, end);
}

async function pseudonymise(
  input: string,
  output: string,
  options: { keyFile: string; year?: string },
  io: CliIo,
): Promise<void> {
  const flag = parseYearFlag(options.year);
  let key: Uint8Array;
  try {
    key = keyBytes(new Uint8Array(await readFile(options.keyFile)));
  } catch {
    throw new CliExit(2, `Cannot read the key file ${options.keyFile}.`);
  }
  if (key.length === 0) throw new CliExit(2, 'The key file is empty.');
  const { result, year } = readForYear(await readInput(input, io), flag, io);
  const shared = await pseudonymiseReturn(result.value, { key });
  await mkdir(output, { recursive: true });
  const files = writeReturn(shared, year ? { collectionYear: year } : {});
  for (const file of files) await writeFile(join(output, file.name), file.content);
  const rejected = result.tables.reduce((n, t) => n + t.rejected, 0);
  io.stderr(`Wrote ${files.length} pseudonymised file(s) to ${output}.\n`);
  if (rejected > 0) {
    io.stderr(
      `${rejected} row(s) had errors and were left out; run \`placewise ssda903 check\` to see them.\n`,
    );
  }
}

/**
 * Registers `placewise ssda903 check` (read a return, report each table's rows and every issue; exit 1
 * on any error) and `placewise ssda903 pseudonymise` (keyed-hash CHILD, coarsen DOB and postcodes).
 */
export function registerSsda903(program: Command, io: CliIo): void {
  const ssda903 = program.command('ssda903').description('Read, check and pseudonymise SSDA903 returns.');
  ssda903
    .command('check')
    .description('Check an SSDA903 return: a directory of CSV files, or the XML file.')
    .argument('<path>', 'directory of CSV files, or an XML (or single CSV) file')
    .option(
      '--year <year>',
      'collection year the codes are checked against, e.g. 2024-25 (default: from the data)',
    )
    .option('--json', 'print { collectionYear, tables, coverage, summary, issues } as JSON')
    .option('--max-issues <n>', `issues to list (default ${DEFAULT_MAX_ISSUES} in text, all in --json)`)
    .option('--severity <level>', 'list only issues of this severity or worse: error, warning or info')
    .action((path: string, options: CheckFlags) => check(path, options, io));
  ssda903
    .command('pseudonymise')
    .description('Write a pseudonymised copy of a return: hashed CHILD, DOB to month, postcodes to sector.')
    .argument('<in>', 'directory of CSV files, or the XML file')
    .argument('<out>', 'directory to write the pseudonymised CSV files to')
    .requiredOption('--key-file <file>', "file holding the council's secret key")
    .option('--year <year>', 'collection year (codes checked; SEX written 1/2 before 2024-25)')
    .action((input: string, output: string, options: { keyFile: string; year?: string }) =>
      pseudonymise(input, output, options, io),
    );
}

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IssueSeverity } from '@placewise/model';
import { coverageOf, pseudonymiseReturn, type ReturnFile, writeReturn } from '@placewise/ssda903';
import type { Command } from 'commander';
import { printCheckText } from '../internal/check-text.js';
import { parseYearFlag } from '../internal/collection-year-flag.js';
import { orderIssues, parseSeverity, summariseIssues } from '../internal/issue-summary.js';
import { listReturnFiles } from '../internal/list-return-files.js';
import { readForYear } from '../internal/read-for-year.js';
import { readKeyFile } from '../internal/read-key-file.js';
import { CliExit, type CliIo } from '../io.js';

/** A folder's own CSV/XML files (not its folders'), one file, or `-`, as `readReturn` takes them. */
async function readReturnFiles(path: string, io: CliIo): Promise<ReturnFile[]> {
  const files = await listReturnFiles(path, io, { depth: 0 });
  return files.map((f) => ({ name: f.path, content: f.content }));
}

/** Text output shows this many issues unless `--max-issues` says otherwise. */
const DEFAULT_MAX_ISSUES = 200;

interface CheckFlags {
  year?: string;
  json?: boolean;
  maxIssues?: string;
  severity?: string;
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
  const { result, year } = readForYear(await readReturnFiles(path, io), flag, io);
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
    printCheckText(result, shown, io);
    if (ordered.length > shown.length) {
      io.stdout(
        `\n… ${ordered.length - shown.length} more issue(s) not shown; use --max-issues N, --severity error or --json.\n`,
      );
    }
  }
  const errors = result.issues.filter((issue) => issue.severity === 'error').length;
  if (errors > 0) throw new CliExit(1, `${errors} error(s) found.`);
}

async function pseudonymise(
  input: string,
  output: string,
  options: { keyFile: string; year?: string },
  io: CliIo,
): Promise<void> {
  const flag = parseYearFlag(options.year);
  const key = await readKeyFile(options.keyFile, io);
  const { result, year } = readForYear(await readReturnFiles(input, io), flag, io);
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

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MatchResult } from '@placewise/matching';
import type { Issue, Referral, Vacancy } from '@placewise/model';

/** The JSON error object `placewise … --json` prints on stdout when it fails (exit 1 or 2). */
export interface PlacewiseError {
  error: { code: string; message: string };
  issues: Issue[];
}

/**
 * Thrown when the command could not run (exit 2), or when it read input holding errors and has no report to
 * give (exit 1, as `match` and `assign`): `code` is stable (`file.not-found`, `cli.missing-option`,
 * `input.invalid`…) and `issues` locate each problem (an unknown key names the field it most likely meant).
 */
export class PlacewiseCommandError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly exitCode: number,
    readonly issues: readonly Issue[] = [],
  ) {
    super(message);
    this.name = 'PlacewiseCommandError';
  }
}

/**
 * What a .NET, Java or Python system does, written in TypeScript so it can be tested: write JSON files, run
 * the `placewise` command with `--json`, read JSON back from standard output. Exit code 0 is success; 1 means
 * the input has problems, and stdout holds the report (if any) with an `error` object and the `issues`; 2
 * means the command could not run, and stdout holds `{ error: { code, message }, issues }`. Any language that
 * can start a process can do this.
 *
 * @param placewise - how to start the command: `['npx', '@placewise/cli']`, or `['placewise']` once installed.
 */
export function runPlacewise(
  args: readonly string[],
  files: Readonly<Record<string, unknown>>,
  placewise: readonly string[] = ['npx', '@placewise/cli'],
): { exitCode: number; output: unknown } {
  const dir = mkdtempSync(join(tmpdir(), 'placewise-'));
  try {
    for (const [name, content] of Object.entries(files))
      writeFileSync(join(dir, name), JSON.stringify(content));
    const [command = 'npx', ...start] = placewise;
    const run = spawnSync(command, [...start, ...args, '--json'], { cwd: dir, encoding: 'utf8' });
    // With --json, stdout is one JSON document on every exit code; no output at all means Node or npx failed.
    if (!run.stdout) throw new Error(`placewise did not start: ${run.stderr}`);
    const output = JSON.parse(run.stdout) as unknown;
    // Exit 2: it could not run. Exit 1 with only { error, issues }: the input holds errors and there is no
    // report (match, assign); a command with a report (validate) adds `error` to it instead.
    const { error, issues = [], ...report } = output as Partial<PlacewiseError>;
    if (error && (run.status === 2 || (run.status === 1 && Object.keys(report).length === 0)))
      throw new PlacewiseCommandError(error.code, error.message, run.status, issues);
    return { exitCode: run.status ?? 2, output };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `placewise validate Referral referrals.json --json`: `{ valid, issues }`, each issue with its path. */
export function validateReferrals(referrals: readonly unknown[], placewise?: readonly string[]) {
  const { output } = runPlacewise(
    ['validate', 'Referral', 'referrals.json'],
    { 'referrals.json': referrals },
    placewise,
  );
  return output as { valid: boolean; issues: Issue[] };
}

/**
 * `placewise match --referral … --vacancies … --top 5 --json`: the five best ranked and explained, with
 * `eligibleCount`, `vacancyCount` and `omittedCount` for the rest. A referral or vacancy with errors throws a
 * {@link PlacewiseCommandError} with `code` `input.invalid` and the located `issues`.
 */
export function matchThroughCli(
  referral: Referral,
  vacancies: readonly Vacancy[],
  placewise?: readonly string[],
) {
  const { output } = runPlacewise(
    ['match', '--referral', 'referral.json', '--vacancies', 'vacancies.json', '--top', '5'],
    { 'referral.json': referral, 'vacancies.json': vacancies },
    placewise,
  );
  return output as MatchResult & { vacancyCount: number; omittedCount: number };
}

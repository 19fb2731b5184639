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

/** Thrown when the command could not run (exit 2): `code` is stable (`file.not-found`, `cli.missing-option`…). */
export class PlacewiseCommandError extends Error {
  constructor(
    readonly code: string,
    message: string,
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
    if (run.status === 2) {
      const { error } = output as PlacewiseError;
      throw new PlacewiseCommandError(error.code, error.message);
    }
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
 * `eligibleCount`, `vacancyCount` and `omittedCount` for the rest.
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

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MatchResult } from '@placewise/matching';
import type { Issue, Referral, Vacancy } from '@placewise/model';

/**
 * What a .NET, Java or Python system does, written in TypeScript so it can be tested: write JSON files, run
 * the `placewise` command with `--json`, read JSON back from standard output. Exit code 0 is success, 1 means
 * the input has problems (listed as issues), anything else is a failure to run. Any language that can start a
 * process can do this.
 *
 * @param placewise - how to start the command; `['npx', 'placewise']` once `@placewise/cli` is installed.
 */
export function runPlacewise(
  args: readonly string[],
  files: Readonly<Record<string, unknown>>,
  placewise: readonly string[] = ['npx', 'placewise'],
): { exitCode: number; output: unknown } {
  const dir = mkdtempSync(join(tmpdir(), 'placewise-'));
  try {
    for (const [name, content] of Object.entries(files))
      writeFileSync(join(dir, name), JSON.stringify(content));
    const [command = 'npx', ...start] = placewise;
    const run = spawnSync(command, [...start, ...args, '--json'], { cwd: dir, encoding: 'utf8' });
    if ((run.status !== 0 && run.status !== 1) || !run.stdout)
      throw new Error(`placewise failed: ${run.stderr}`);
    return { exitCode: run.status, output: JSON.parse(run.stdout) as unknown };
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

/** `placewise match --referral … --vacancies … --json`: every vacancy, the eligible ones ranked and explained. */
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
  return output as MatchResult;
}

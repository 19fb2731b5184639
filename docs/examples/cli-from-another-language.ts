import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Issue } from '@placewise/model';

/**
 * What a .NET, Java or Python system does, written in TypeScript so it can be tested: write JSON to a file,
 * run the `placewise` command with `--json`, read JSON back. The exit code says valid (0) or not (1); the
 * issues name each problem's path in the input. Any language that can start a process can do this.
 *
 * @param placewise - how to start the command; `['npx', 'placewise']` once `@placewise/cli` is installed.
 */
export function validateThroughCli(
  entity: 'Referral' | 'Vacancy' | 'Episode' | 'Fee',
  records: readonly unknown[],
  placewise: readonly string[] = ['npx', 'placewise'],
): { valid: boolean; issues: Issue[] } {
  const dir = mkdtempSync(join(tmpdir(), 'placewise-'));
  try {
    const file = join(dir, `${entity.toLowerCase()}s.json`);
    writeFileSync(file, JSON.stringify(records));
    const [command = 'npx', ...args] = placewise;
    const run = spawnSync(command, [...args, 'validate', entity, file, '--json'], { encoding: 'utf8' });
    if (run.status !== 0 && run.status !== 1) throw new Error(`placewise failed: ${run.stderr}`);
    return JSON.parse(run.stdout) as { valid: boolean; issues: Issue[] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

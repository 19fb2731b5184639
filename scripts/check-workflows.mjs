#!/usr/bin/env node
// Validates every GitHub Actions workflow in .github/workflows against the workflow schema with
// @action-validator/cli (pinned in the root package.json; runs offline). Exits 1 when one is invalid.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dir = join(root, '.github/workflows');
const validator = join(root, 'node_modules/.bin/action-validator');
const workflows = existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)) : [];
let failed = workflows.length === 0 ? 1 : 0;
if (workflows.length === 0) process.stdout.write('no workflows found in .github/workflows\n');
for (const file of workflows) {
  const result = spawnSync(validator, [join(dir, file)], { encoding: 'utf8' });
  const ok = result.status === 0;
  if (!ok) failed += 1;
  process.stdout.write(`${ok ? 'valid  ' : 'INVALID'} .github/workflows/${file}\n`);
  if (!ok) process.stdout.write(`${result.stdout}${result.stderr}${result.error?.message ?? ''}\n`);
}
process.exit(failed > 0 ? 1 : 0);

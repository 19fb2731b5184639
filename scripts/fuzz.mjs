#!/usr/bin/env node
// `pnpm fuzz`: every workspace's property tests from one random seed, then the SSDA903 reader fuzz
// (packages/ssda903/fuzz) on many more inputs from the same seed. `FC_SEED=<n> pnpm fuzz` replays a seed.
// The seed is printed first; a counterexample found becomes a fixed regression test beside the property.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, testFiles, workspaceDirs } from './lib/workspaces.mjs';

const given = process.env.FC_SEED;
const seed =
  given === undefined || given === 'random' ? (Date.now() ^ (Math.random() * 2 ** 31)) | 0 : Number(given);
if (!Number.isSafeInteger(seed)) {
  console.error(`FC_SEED must be a whole number or "random", not ${JSON.stringify(given)}.`);
  process.exit(2);
}
console.log(`fuzz seed ${seed} (replay with FC_SEED=${seed} pnpm fuzz)`);

// The workspaces with a test file that imports fast-check.
const workspaces = workspaceDirs()
  .filter((dir) => testFiles(dir).some((file) => readFileSync(file, 'utf8').includes("from 'fast-check'")))
  .map((dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name);
console.log(`property tests in: ${workspaces.join(', ')}`);

const env = { ...process.env, FC_SEED: String(seed), TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' };
const run = (args) => spawnSync('pnpm', args, { cwd: root, env, stdio: 'inherit' }).status === 0;
const properties = run([
  'exec',
  'turbo',
  'run',
  'test',
  '--continue',
  ...workspaces.map((w) => `--filter=${w}`),
]);
const reader = run(['--filter', '@placewise/ssda903', 'fuzz']);
console.log(
  `fuzz seed ${seed}: property tests ${properties ? 'passed' : 'FAILED'}, reader fuzz ${reader ? 'passed' : 'FAILED'}`,
);
process.exitCode = properties && reader ? 0 : 1;

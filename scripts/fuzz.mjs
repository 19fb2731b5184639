#!/usr/bin/env node
// `pnpm fuzz`: every workspace's property tests from one random seed, then the SSDA903 reader fuzz
// (packages/ssda903/fuzz) on many more inputs from the same seed. `FC_SEED=<n> pnpm fuzz` replays a seed.
// The seed is printed first; a counterexample found becomes a fixed regression test beside the property.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const given = process.env.FC_SEED;
const seed =
  given === undefined || given === 'random' ? (Date.now() ^ (Math.random() * 2 ** 31)) | 0 : Number(given);
if (!Number.isSafeInteger(seed)) {
  console.error(`FC_SEED must be a whole number or "random", not ${JSON.stringify(given)}.`);
  process.exit(2);
}
console.log(`fuzz seed ${seed} (replay with FC_SEED=${seed} pnpm fuzz)`);

/** Whether a folder holds a test file that imports fast-check. */
function hasProperties(dir) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (hasProperties(path)) return true;
    } else if (/\.test\.tsx?$/.test(name) && readFileSync(path, 'utf8').includes("from 'fast-check'")) {
      return true;
    }
  }
  return false;
}

const workspaces = ['packages', 'apps']
  .flatMap((dir) =>
    existsSync(join(root, dir)) ? readdirSync(join(root, dir)).map((n) => join(dir, n)) : [],
  )
  .concat(['docs'])
  .filter((dir) => existsSync(join(root, dir, 'package.json')) && hasProperties(join(root, dir)))
  .map((dir) => JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')).name);
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

#!/usr/bin/env node
// `pnpm demo`: build the workspace, then show Placewise on its embedded synthetic authority.
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' };
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run('pnpm', ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only']);
run('node', ['packages/cli/dist/bin.js', 'demo', ...process.argv.slice(2)]);

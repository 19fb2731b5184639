#!/usr/bin/env node
// `pnpm demo`: build the workspace and the demo app, print `placewise demo`'s summary of the embedded
// synthetic authority, then serve the demo on localhost until Ctrl-C.
// `pnpm demo --no-serve` stops after the summary (for scripts); `--port <n>` picks the port (default 4173).
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' };
const args = process.argv.slice(2).filter((a) => a !== '--');
const serve = !args.includes('--no-serve');
const portAt = args.indexOf('--port');
const port = portAt >= 0 ? Number(args[portAt + 1]) : 4173;
const passOn = args.filter((a, i) => a !== '--no-serve' && i !== portAt && i !== portAt + 1);

const run = (cmd, cmdArgs) => {
  const r = spawnSync(cmd, cmdArgs, { cwd: root, env, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
// The CLI, the demo app and everything they use (the docs site is left to `pnpm docs:build`).
run('pnpm', [
  'exec',
  'turbo',
  'run',
  'build',
  '--filter=@placewise/cli...',
  '--filter=@placewise/demo...',
  '--output-logs=errors-only',
]);
run('node', ['packages/cli/dist/bin.js', 'demo', ...passOn]);

if (serve) {
  const { serveDemo } = await import('../apps/demo/server.mjs');
  const server = await serveDemo({ port: Number.isInteger(port) ? port : 4173 }).catch(() =>
    // The port is taken: let the system pick a free one.
    serveDemo({ port: 0 }),
  );
  process.stdout.write(
    `\nThe demo is running at ${server.url}\nIt works offline and sends nothing anywhere. Press Ctrl-C to stop.\n`,
  );
  const stop = () => server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} else {
  process.stdout.write('\nBuilt apps/demo/dist (not served: --no-serve).\n');
}

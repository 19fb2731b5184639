#!/usr/bin/env node
// The README's test command: lint, typecheck, unit tests, build, package checks (publint + attw)
// and the browser end-to-end tests across the workspace; then the release checks (package metadata,
// workflow validation, bundle sizes, release:dry and the packed-tarball smoke test); then one totals
// line for CI.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { root, workspaceDirs } from './lib/workspaces.mjs';

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' };
const workspaces = workspaceDirs();

for (const dir of workspaces) rmSync(join(dir, '.reports'), { recursive: true, force: true });

function step(name, command, args) {
  process.stdout.write(`\n=== ${name}: ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  return { name, ok: result.status === 0 };
}

const steps = [
  step('lint (root files)', 'pnpm', ['run', 'lint:root']),
  step('workspace', 'pnpm', [
    'exec',
    'turbo',
    'run',
    'lint',
    'typecheck',
    'test',
    'build',
    'check:package',
    'test:e2e',
    '--continue',
  ]),
  step('package metadata', 'node', ['scripts/check-packages.mjs']),
  step('workflows', 'node', ['scripts/check-workflows.mjs']),
  step('bundle sizes', 'node', ['scripts/size.mjs']),
];
rmSync(join(root, '.release'), { recursive: true, force: true });
const released = step('release:dry', 'node', ['scripts/release-dry.mjs', '--keep', '.release']);
steps.push(released);
if (released.ok)
  steps.push(step('packed-tarball smoke test', 'node', ['scripts/smoke-tarballs.mjs', '.release']));

let passed = 0;
let failed = 0;
let files = 0;
for (const dir of workspaces) {
  const reports = join(dir, '.reports');
  if (!existsSync(reports)) continue;
  for (const file of readdirSync(reports).filter((f) => f.endsWith('.json'))) {
    const report = JSON.parse(readFileSync(join(reports, file), 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed += (report.numFailedTests ?? 0) + (report.success === false && !report.numFailedTests ? 1 : 0);
    files += 1;
  }
}

const broken = steps.filter((s) => !s.ok).map((s) => s.name);
if (files === 0) broken.push('no test report was written');
if (broken.length > 0) process.stdout.write(`\nFailed steps: ${broken.join(', ')}\n`);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(broken.length > 0 || failed > 0 || passed === 0 ? 1 : 0);

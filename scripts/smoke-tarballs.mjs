#!/usr/bin/env node
// The packed-tarball smoke test: installs the public packages' tarballs (from `release:dry --keep <dir>`)
// with plain npm into a fresh project, as a supplier would, then runs an ESM script, a CommonJS script,
// the installed `placewise` bin, and a browser bundle (esbuild, platform browser) of the matcher.
// Third-party dependencies come from the npm registry, or from npm's cache when offline.
// Usage: node scripts/smoke-tarballs.mjs <tarball dir>. Exits 1 on any failure.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { root } from './lib/public-packages.mjs';

const from = resolve(process.argv[2] ?? '.release');
const tarballs = readdirSync(from).filter((f) => f.endsWith('.tgz'));
const project = mkdtempSync(join(tmpdir(), 'placewise-smoke-'));
let failed = 0;

function step(name, command, args, expect) {
  const result = spawnSync(command, args, {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  const output = `${result.stdout}${result.stderr}`;
  const ok = result.status === 0 && (!expect || expect.test(result.stdout));
  if (!ok) failed += 1;
  process.stdout.write(`${ok ? 'ok  ' : 'FAIL'} ${name}\n`);
  if (!ok) process.stdout.write(`${output.trim()}\n`);
  return result.stdout;
}

try {
  if (tarballs.length === 0)
    throw new Error(`no tarballs in ${from}: run node scripts/release-dry.mjs --keep ${from}`);
  // Each @placewise package from its tarball, also where another package depends on it.
  const specs = {};
  for (const file of tarballs) {
    const name = `@placewise/${file.replace(/^placewise-/, '').replace(/-\d+\.\d+\.\d+.*\.tgz$/, '')}`;
    specs[name] = `file:${join(from, file)}`;
  }
  writeFileSync(
    join(project, 'package.json'),
    `${JSON.stringify({ name: 'smoke', private: true, dependencies: specs, overrides: specs }, null, 2)}\n`,
  );

  writeFileSync(
    join(project, 'esm.mjs'),
    `import { createSectorLocator } from '@placewise/geo';
import { matchReferral } from '@placewise/matching';
import { readReturn } from '@placewise/ssda903';
import { generateAuthority } from '@placewise/synthetic';
import { computeIndicators } from '@placewise/sufficiency';
const la = generateAuthority({ seed: 3, children: 80 });
const referral = la.referrals[0];
const match = matchReferral(referral, la.vacancies, { locator: createSectorLocator() });
if (match.results.length !== la.vacancies.length) throw new Error('every vacancy should have a result');
const csv = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\\n' + 'A1,1,01/02/2012,WBRI,UN1,,\\n';
const read = readReturn([{ name: 'header.csv', content: csv }]);
const header = read.tables.find((t) => t.table === 'Header');
if (!header || header.accepted !== 1) throw new Error('header.csv should be read as one row: ' + JSON.stringify(read.tables));
if (typeof computeIndicators !== 'function') throw new Error('computeIndicators missing');
console.log('esm ok', match.eligibleCount, 'eligible of', la.vacancies.length);
`,
  );
  writeFileSync(
    join(project, 'cjs.cjs'),
    `const { formatPounds, poundsToPence } = require('@placewise/costs');
const { Referral } = require('@placewise/model');
const { createSectorLocator } = require('@placewise/geo');
if (formatPounds(poundsToPence('£4,120.50').value) !== '£4,120.50') throw new Error('pounds round trip');
if (Referral.safeParse({}).success) throw new Error('an empty referral should not parse');
const located = createSectorLocator().locate('LS6 1AA');
if (located?.authority !== 'E08000035') throw new Error('LS6 1AA should be in Leeds: ' + JSON.stringify(located));
console.log('cjs ok');
`,
  );
  writeFileSync(
    join(project, 'browser-entry.mjs'),
    `import { matchReferral } from '@placewise/matching';
export { matchReferral };
`,
  );

  step('npm install (tarballs; registry or cache for third-party packages)', 'npm', [
    'install',
    '--prefer-offline',
    '--no-audit',
    '--no-fund',
    '--ignore-scripts',
    '--loglevel=error',
  ]);
  step('ESM script', process.execPath, ['esm.mjs'], /esm ok/);
  step('CommonJS script', process.execPath, ['cjs.cjs'], /cjs ok/);
  step('placewise bin', join(project, 'node_modules/.bin/placewise'), ['--help'], /Usage/);
  step('browser bundle of the matcher (esbuild)', join(root, 'node_modules/.bin/esbuild'), [
    'browser-entry.mjs',
    '--bundle',
    '--platform=browser',
    '--format=esm',
    '--minify',
    '--outfile=matcher.bundle.mjs',
    '--log-level=warning',
  ]);
  step(
    'the bundle runs',
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "const m = await import('./matcher.bundle.mjs'); console.log(typeof m.matchReferral);",
    ],
    /function/,
  );
} catch (error) {
  failed += 1;
  process.stdout.write(`FAIL ${error instanceof Error ? error.message : String(error)}\n`);
} finally {
  rmSync(project, { recursive: true, force: true });
}
process.exit(failed > 0 ? 1 : 0);

#!/usr/bin/env node
// `pnpm release:dry`: what `changeset version` + `changeset publish` would release, without releasing.
// Copies the workspace (with the built dist folders) to a temporary folder, applies the pending
// changesets there, packs every public package with pnpm (publishConfig applied, prepack guard run) and
// checks each tarball: dist present, no src, no internal export condition, no workspace: ranges. Prints
// each package's name, version and tarball size. `--keep <dir>` leaves the tarballs there (the packed-
// tarball smoke test installs them). Exits 1 on any failure.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { publicPackages, root } from './lib/public-packages.mjs';

const keepAt = process.argv.indexOf('--keep');
const keep = keepAt >= 0 ? process.argv[keepAt + 1] : undefined;
const work = mkdtempSync(join(tmpdir(), 'placewise-release-'));
const copy = join(work, 'repo');
const out = keep ? join(process.cwd(), keep) : join(work, 'tarballs');
const problems = [];

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed in ${relative(work, cwd) || '.'}:\n${result.stdout}${result.stderr}`,
    );
  }
  return result.stdout;
}

try {
  // Tracked and untracked (not ignored) files, plus each public package's built dist.
  const listed = run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], root)
    .split('\0')
    .filter((f) => f && existsSync(join(root, f)) && statSync(join(root, f)).isFile());
  for (const file of listed) cpSync(join(root, file), join(copy, file), { preserveTimestamps: true });
  for (const { dir } of publicPackages()) {
    const dist = join(dir, 'dist');
    if (!existsSync(dist)) throw new Error(`${relative(root, dir)} has no dist: run pnpm build first`);
    cpSync(dist, join(copy, relative(root, dir), 'dist'), { recursive: true, preserveTimestamps: true });
    // pnpm reads the installed siblings' versions to replace workspace: ranges; the links are relative,
    // so in the copy they point at the copy's (versioned) packages.
    const modules = join(dir, 'node_modules');
    if (existsSync(modules)) {
      cpSync(modules, join(copy, relative(root, dir), 'node_modules'), {
        recursive: true,
        verbatimSymlinks: true,
      });
    }
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));

  const pending = existsSync(join(copy, '.changeset'))
    ? readdirSync(join(copy, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md').length
    : 0;
  run(process.execPath, [join(root, 'node_modules/@changesets/cli/bin.js'), 'version'], copy);
  process.stdout.write(`Applied ${pending} pending changeset(s) in a temporary copy.\n\n`);

  mkdirSync(out, { recursive: true });
  const rows = [];
  for (const { dir } of publicPackages()) {
    const at = join(copy, relative(root, dir));
    // pnpm prints the prepack script's output before the JSON.
    const printed = run('pnpm', ['pack', '--json', '--pack-destination', out], at);
    const packed = JSON.parse(printed.slice(printed.startsWith('{') ? 0 : printed.indexOf('\n{') + 1));
    const tarball = packed.filename.startsWith('/') ? packed.filename : join(out, basename(packed.filename));
    const files = run('tar', ['-tzf', tarball], at).split('\n').filter(Boolean);
    const manifestText = run('tar', ['-xzOf', tarball, 'package/package.json'], at);
    const manifest = JSON.parse(manifestText);
    const say = (message) => problems.push(`${manifest.name}: ${message}`);
    if (!files.includes('package/dist/index.js') || !files.includes('package/dist/index.cjs'))
      say('tarball has no dist');
    if (files.some((f) => f.startsWith('package/src/'))) say('tarball ships src/');
    if (JSON.stringify(manifest.exports ?? {}).includes('@placewise/source')) {
      say('published exports carry the internal @placewise/source condition');
    }
    if (manifestText.includes('workspace:')) say('published package.json keeps a workspace: range');
    for (const entry of manifest.files ?? []) {
      if (
        !entry.startsWith('!') &&
        !files.some((f) => f === `package/${entry}` || f.startsWith(`package/${entry}/`))
      ) {
        say(`"files" lists ${entry} but the tarball has none`);
      }
    }
    rows.push({
      name: manifest.name,
      version: manifest.version,
      bytes: statSync(tarball).size,
      files: files.length,
    });
  }
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) {
    process.stdout.write(
      `${r.name.padEnd(width)}  ${r.version.padEnd(10)}  ${(r.bytes / 1000).toFixed(1).padStart(7)} KB  ${r.files} files\n`,
    );
  }
  const total = rows.reduce((sum, r) => sum + r.bytes, 0);
  process.stdout.write(
    `${'total'.padEnd(width)}  ${''.padEnd(10)}  ${(total / 1000).toFixed(1).padStart(7)} KB\n`,
  );
  if (keep) process.stdout.write(`\nTarballs kept in ${out}\n`);
} catch (error) {
  problems.push(error instanceof Error ? error.message : String(error));
} finally {
  rmSync(work, { recursive: true, force: true });
}

for (const problem of problems) process.stdout.write(`\n${problem}\n`);
process.exit(problems.length === 0 ? 0 : 1);

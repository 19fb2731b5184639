#!/usr/bin/env node
// Checks every public package's package.json for what publishing needs (CONTRIBUTING.md, "Publishing"):
// metadata, publishConfig with provenance, no internal export condition in what is published, `files`
// naming only what exists (after the build), a prepack build guard, a NOTICE where open data ships, and
// no dependency the package's source never imports. Prints each problem; exits 1 when there is one.
// `--fix` first fills in what can be derived (homepage, bugs, repository.directory, publishConfig with the
// published exports, prepack, files without src or a missing NOTICE); keywords and descriptions stay yours.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { publicPackages } from './lib/public-packages.mjs';

const INTERNAL_CONDITION = '@placewise/source';
const REPOSITORY = 'https://github.com/placewise/placewise';
const problems = [];

/** `exports` with the internal condition removed at every level. */
function withoutInternal(exports) {
  if (typeof exports !== 'object' || exports === null) return exports;
  return Object.fromEntries(
    Object.entries(exports)
      .filter(([key]) => key !== INTERNAL_CONDITION)
      .map(([key, value]) => [key, withoutInternal(value)]),
  );
}

/** Fills in the fields that follow from the package's folder and its development exports. */
function fix(folder, dir, pkg) {
  pkg.homepage ??= `${REPOSITORY}/tree/main/packages/${folder}#readme`;
  pkg.bugs ??= { url: `${REPOSITORY}/issues` };
  pkg.repository = {
    type: 'git',
    url: `git+${REPOSITORY}.git`,
    ...pkg.repository,
    directory: `packages/${folder}`,
  };
  pkg.publishConfig = { access: 'public', provenance: true, ...pkg.publishConfig };
  if (pkg.exports && JSON.stringify(pkg.exports).includes(INTERNAL_CONDITION)) {
    pkg.publishConfig.exports = withoutInternal(pkg.exports);
  }
  pkg.scripts = { ...pkg.scripts, prepack: pkg.scripts?.prepack ?? 'node ../../scripts/ensure-built.mjs' };
  pkg.files = (pkg.files ?? ['dist', 'README.md']).filter(
    (f) => !/^!?src(\/|$)/.test(f) && (f !== 'NOTICE' || existsSync(join(dir, 'NOTICE'))),
  );
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
}

/** Source files (tests excluded) under `dir`. */
function sources(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|mts|js|mjs)$/.test(name) && !/\.test\.|\.e2e\./.test(name) ? [path] : [];
  });
}

for (const { folder, dir, pkg } of publicPackages()) {
  if (process.argv.includes('--fix')) fix(folder, dir, pkg);
  const say = (message) => problems.push(`${pkg.name ?? folder}: ${message}`);
  for (const field of ['description', 'homepage', 'license']) {
    if (typeof pkg[field] !== 'string' || pkg[field].trim() === '') say(`needs "${field}"`);
  }
  if (!pkg.bugs?.url && typeof pkg.bugs !== 'string') say('needs "bugs" (the issue tracker URL)');
  if (!Array.isArray(pkg.keywords) || pkg.keywords.length === 0) say('needs "keywords"');
  if (pkg.repository?.directory !== `packages/${folder}`)
    say(`"repository.directory" must be "packages/${folder}"`);
  if (pkg.publishConfig?.access !== 'public') say('"publishConfig.access" must be "public"');
  if (pkg.publishConfig?.provenance !== true) say('"publishConfig.provenance" must be true');
  if (!pkg.scripts?.prepack)
    say('needs a "prepack" script that builds (node ../../scripts/ensure-built.mjs)');

  const published = pkg.publishConfig?.exports ?? pkg.exports;
  if (JSON.stringify(published ?? {}).includes(INTERNAL_CONDITION)) {
    say(
      `the published "exports" carry the internal "${INTERNAL_CONDITION}" condition: override them in publishConfig.exports`,
    );
  }

  const files = pkg.files ?? [];
  if (files.length === 0) say('needs "files"');
  for (const entry of files.filter((f) => !f.startsWith('!'))) {
    if (entry === 'src' || entry.startsWith('src/'))
      say(`"files" ships "${entry}": the source maps already carry the sources`);
    else if (!existsSync(join(dir, entry)))
      say(`"files" lists "${entry}", which does not exist${entry === 'dist' ? ' (build first)' : ''}`);
  }

  const code = sources(join(dir, 'src')).map((file) => readFileSync(file, 'utf8'));
  if (code.some((text) => /Open Government Licence/i.test(text))) {
    if (!existsSync(join(dir, 'NOTICE')) || !files.includes('NOTICE')) {
      say('ships open data (its source cites the Open Government Licence) but has no NOTICE in "files"');
    }
  }
  // A package whose build bundles the workspace packages it depends on (the CLI's bin: tsup's
  // `noExternal: [/^@placewise\//, …]`) ships their code as its own, so what their source imports at run time
  // (the forecast's `import('exceljs')`) is resolved from this package, which must then depend on it.
  const tsup = join(dir, 'tsup.config.ts');
  if (existsSync(tsup) && readFileSync(tsup, 'utf8').includes('noExternal: [/^@placewise\\//'))
    for (const dep of Object.keys(pkg.dependencies ?? {}).filter((d) => d.startsWith('@placewise/')))
      for (const file of sources(join(dir, '..', dep.slice('@placewise/'.length), 'src')))
        code.push(readFileSync(file, 'utf8'));
  for (const dep of Object.keys(pkg.dependencies ?? {})) {
    const escaped = dep.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const imported = new RegExp(`(from|import\\(?|require\\()\\s*['"]${escaped}(/[^'"]*)?['"]`);
    if (!code.some((text) => imported.test(text))) say(`depends on "${dep}" but its source never imports it`);
  }
}

for (const problem of problems) process.stdout.write(`${problem}\n`);
const count = publicPackages().length;
process.stdout.write(
  problems.length === 0
    ? `${count} public packages: metadata, files and dependencies in order\n`
    : `${problems.length} problem(s) in ${count} public packages\n`,
);
process.exit(problems.length === 0 ? 0 : 1);

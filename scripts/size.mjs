#!/usr/bin/env node
// Bundle-size floors, run by `pnpm test` after the build: one function from a package bundled alone for
// the browser with esbuild (from the built `dist`, as an app would), and the JavaScript the demo needs
// for its first page (its entry chunk plus the first page's chunk and everything they import statically,
// read from Vite's manifest). Prints every figure; exits 1 when one is over its limit. With `--analyze`,
// also prints what each bundle holds: esbuild's analysis of each function's bundle (input files by size)
// and each of the demo's first-page chunks.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { analyzeMetafile, build } from 'esbuild';

const analyze = process.argv.includes('--analyze');

const root = new URL('..', import.meta.url).pathname;
const KB = 1000;

/**
 * One export bundled alone, and its limit in gzipped bytes (issue 17's floors). @placewise/model's ESM
 * build is one file per source module, so of its schemas only the modules a function imports come along;
 * matchReferral still carries zod's classic schemas (their JSON Schema code included), the strict, bounded
 * model schemas it validates a policy with and a SHA-256 for the policy stamp.
 */
const FUNCTIONS = [
  { name: 'matchReferral', from: '@placewise/matching', limit: 45 * KB },
  { name: 'readReturn', from: '@placewise/ssda903', limit: 60 * KB },
];
/**
 * The demo's first page needs the synthetic authority, whose generation needs geo's embedded sector
 * table (packed, about 80 KB gzipped of the first page's JavaScript); the other pages load on demand.
 */
const DEMO_INITIAL = { limit: 200 * KB };

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const rows = [];

for (const { name, from, limit } of FUNCTIONS) {
  const result = await build({
    stdin: {
      contents: `export { ${name} } from '${from}';`,
      resolveDir: join(root, 'apps/demo'),
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: analyze,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  if (analyze) process.stdout.write(`${name} from ${from}:${await analyzeMetafile(result.metafile)}\n`);
  rows.push({
    what: `${name} from ${from}`,
    minified: code.length,
    gzipped: gzipSync(code).length,
    limit,
  });
}

const demoDist = join(root, 'apps/demo/dist');
const manifestFile = join(demoDist, '.vite/manifest.json');
if (existsSync(manifestFile)) {
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  // The first page registered in main.ts is the one shown when no page is named.
  const main = readFileSync(join(root, 'apps/demo/src/main.ts'), 'utf8');
  const first = /import\('\.\/(pages\/[^']+)\.js'\)/.exec(main)?.[1];
  const firstKey = first && Object.keys(manifest).find((key) => key === `src/${first}.ts`);
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  visit(entryKey);
  if (firstKey) visit(firstKey);
  let minified = 0;
  let gzipped = 0;
  for (const file of files) {
    const code = readFileSync(join(demoDist, file));
    const size = gzipSync(code).length;
    minified += code.length;
    gzipped += size;
    if (analyze) process.stdout.write(`demo first page: ${file} ${kb(code.length)}, ${kb(size)} gzipped\n`);
  }
  const lazy = Object.values(manifest).filter((c) => c.isDynamicEntry && !files.has(c.file)).length;
  rows.push({
    what: `demo first page (${files.size} chunks; ${lazy} pages loaded on demand)`,
    minified,
    gzipped,
    ...DEMO_INITIAL,
  });
} else {
  rows.push({
    what: 'demo (apps/demo/dist/.vite/manifest.json missing: build the demo)',
    minified: 0,
    gzipped: Number.POSITIVE_INFINITY,
    ...DEMO_INITIAL,
  });
}

let over = 0;
for (const row of rows) {
  const ok = row.gzipped <= row.limit;
  if (!ok) over += 1;
  process.stdout.write(
    `${ok ? 'ok  ' : 'OVER'} ${row.what}: ${kb(row.minified)} minified, ${kb(row.gzipped)} gzipped ` +
      `(limit ${kb(row.limit)})\n`,
  );
}
process.exit(over > 0 ? 1 : 0);

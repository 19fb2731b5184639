import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * Bundles the CLI from source (sibling packages through the `@placewise/source` condition) into one file, so
 * tests can run it as a real process in well under a second a run, with no prior build. The region worker
 * is bundled beside it as `region-worker.js`, where the command looks for it, as in `dist`.
 */
export async function buildBin(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'placewise-bin-'));
  // The worker is `.js`, as in dist: an ES module by the package.json beside it, as the CLI's own says.
  await writeFile(join(dir, 'package.json'), '{ "type": "module" }\n');
  await bundle('../src/region-worker.ts', join(dir, 'region-worker.js'));
  return bundle('../src/bin.ts', join(dir, 'bin.mjs'));
}

async function bundle(entry: string, out: string): Promise<string> {
  await build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['@placewise/source'],
    logLevel: 'error',
    // Bundled CommonJS dependencies call require(); give the ES module one.
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  return out;
}

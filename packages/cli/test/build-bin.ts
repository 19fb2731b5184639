import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * Bundles the CLI from source (sibling packages through the `@placewise/source` condition) into one file, so
 * tests can run it as a real process in well under a second a run, with no prior build.
 */
export async function buildBin(): Promise<string> {
  const out = join(await mkdtemp(join(tmpdir(), 'placewise-bin-')), 'bin.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('../src/bin.ts', import.meta.url))],
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

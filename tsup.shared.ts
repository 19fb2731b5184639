import { rmSync } from 'node:fs';
import type { Options } from 'tsup';

/**
 * The one tsup configuration every library package builds with: dual ESM + CJS,
 * `.d.ts` and `.d.cts`, dependencies left external.
 */
export function libraryConfig(overrides: Options = {}): Options {
  return {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    splitting: false,
    ...overrides,
  };
}

/**
 * The same build with the ESM output left as one file per source module (CJS stays one bundled file).
 * With `sideEffects: false` an app's bundler then drops whole modules it does not use, top-level zod
 * schemas included, which it cannot do inside one bundled file (a schema built at the top level is a call
 * a bundler must assume has side effects). For packages whose modules build schemas or tables at the top
 * level. Pass tsup's command-line options (`defineConfig((cli) => moduleLibraryConfig(cli))`): the output
 * folder (`--out-dir`, default `dist`) is emptied once here, since the two builds run side by side and
 * each one's own `clean` could remove the other's files.
 */
export function moduleLibraryConfig(cli: Options = {}): Options[] {
  rmSync(cli.outDir ?? 'dist', { recursive: true, force: true });
  return [
    libraryConfig({ format: ['cjs'], clean: false }),
    libraryConfig({
      format: ['esm'],
      entry: ['src/**/*.ts', '!src/**/*.test.ts'],
      bundle: false,
      dts: { entry: 'src/index.ts' },
      clean: false,
    }),
  ];
}

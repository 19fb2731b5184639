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

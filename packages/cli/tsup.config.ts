import { defineConfig } from 'tsup';
import { libraryConfig } from '../../tsup.shared';

export default defineConfig([
  libraryConfig({ platform: 'node', target: 'node20' }),
  // The bin is ESM only: it awaits at top level, which CommonJS cannot.
  libraryConfig({
    entry: ['src/bin.ts'],
    format: ['esm'],
    dts: false,
    clean: false,
    platform: 'node',
    target: 'node20',
  }),
]);

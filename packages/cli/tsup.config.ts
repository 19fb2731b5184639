import { defineConfig } from 'tsup';
import { libraryConfig } from '../../tsup.shared';

export default defineConfig([
  libraryConfig({ platform: 'node', target: 'node20' }),
  // The bin is ESM only: it awaits at top level, which CommonJS cannot. The region worker is its own file
  // beside it (dist/region-worker.js), which `region report` starts with `new Worker`.
  libraryConfig({
    entry: ['src/bin.ts', 'src/region-worker.ts'],
    format: ['esm'],
    dts: false,
    clean: false,
    platform: 'node',
    target: 'node20',
  }),
]);

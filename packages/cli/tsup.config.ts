import { defineConfig } from 'tsup';
import { libraryConfig } from '../../tsup.shared';

export default defineConfig([
  libraryConfig({ platform: 'node', target: 'node20' }),
  // The bin is ESM only: it awaits at top level, which CommonJS cannot. Split, so that what a command
  // imports when it runs (the web server of `serve`) is a file of its own, loaded only by that command.
  libraryConfig({
    entry: ['src/bin.ts'],
    format: ['esm'],
    splitting: true,
    dts: false,
    clean: false,
    platform: 'node',
    target: 'node20',
  }),
  // The region worker is its own file beside it (dist/region-worker.js), which `region report` starts with
  // `new Worker`, one per core. It is bundled whole, with the packages and libraries it uses: each worker
  // then compiles one file instead of resolving and linking some hundreds of modules (date-fns alone is
  // hundreds), which took each worker about as long as reading the whole region took the main thread.
  libraryConfig({
    entry: ['src/region-worker.ts'],
    format: ['esm'],
    dts: false,
    clean: false,
    platform: 'node',
    target: 'node20',
    noExternal: [/^@placewise\//, 'date-fns', 'zod', 'papaparse'],
    // A map of the whole bundle would add over 1.5 MB to the package for a file whose errors are sent back
    // as plain messages.
    sourcemap: false,
  }),
]);

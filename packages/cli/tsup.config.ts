import { defineConfig } from 'tsup';
import { libraryConfig } from '../../tsup.shared';

export default defineConfig([
  libraryConfig({ platform: 'node', target: 'node20' }),
  // The bin is ESM only: it awaits at top level, which CommonJS cannot. Split, so that what a command
  // imports when it runs (the web server of `serve`) is a file of its own, loaded only by that command.
  // Bundled with the packages and the ESM libraries it uses, as the worker below is: Node then compiles a
  // few files instead of resolving and linking some hundreds of modules (each `date-fns` function and zod's
  // parts are files of their own), and every command starts sooner (`--version` 0.36–0.40 s to 0.19–0.21 s).
  // commander (CommonJS), fastify and exceljs (loaded only by the commands that use them) stay dependencies.
  libraryConfig({
    entry: ['src/bin.ts'],
    format: ['esm'],
    splitting: true,
    dts: false,
    clean: false,
    platform: 'node',
    target: 'node20',
    noExternal: [/^@placewise\//, 'date-fns', 'zod', 'papaparse'],
    // As for the worker: a map of the bundle would add megabytes to the package, and the command's errors
    // are its own messages, not stack traces.
    sourcemap: false,
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

export type { CliIo } from './io.js';
export { CliExit } from './io.js';
export { createProgram, runCli } from './program.js';

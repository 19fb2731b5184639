export { JsonError } from './internal/json-error.js';
export type { CliExitOptions, CliIo } from './io.js';
export { CliExit } from './io.js';
export { createProgram, runCli } from './program.js';
export type { CreateServerOptions } from './server/create-server.js';
export { createServer } from './server/create-server.js';
export type { JsonSchema } from './server/openapi.js';
export { buildOpenApiDocument } from './server/openapi.js';

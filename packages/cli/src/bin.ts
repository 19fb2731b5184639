#!/usr/bin/env node
import { runCli } from './program.js';

// `pnpm placewise …` runs the root package's script from the repository root; relative paths the user typed
// are meant from the directory they ran it in, which pnpm and npm pass as INIT_CWD.
if (process.env.npm_lifecycle_event === 'placewise' && process.env.INIT_CWD)
  process.chdir(process.env.INIT_CWD);

// A reader that stops early (`placewise … | head`) closes the pipe: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
process.exitCode = code;

import { runCli } from './src/program.js';
const io = { stdout: (s: string) => process.stdout.write(s), stderr: (s: string) => process.stderr.write(s) } as never;
process.exitCode = await runCli(process.argv.slice(2), io);

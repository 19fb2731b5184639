import { Command, CommanderError } from 'commander';
import { registerCodes } from './commands/codes.js';
import { registerCosts } from './commands/costs.js';
import { registerDemo } from './commands/demo.js';
import { registerGeo } from './commands/geo.js';
import { registerMarket } from './commands/market.js';
import { registerMatch } from './commands/match.js';
import { registerRegion } from './commands/region.js';
import { registerSsda903 } from './commands/ssda903.js';
import { registerSufficiency } from './commands/sufficiency.js';
import { registerSynthetic } from './commands/synthetic.js';
import { registerValidate } from './commands/validate.js';
import { CliExit, type CliIo } from './io.js';

/**
 * Builds the `placewise` command with every subcommand, writing through `io`.
 *
 * @example
 * const program = createProgram({ stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) });
 * await program.parseAsync(['codes', 'PLACE', '--year', '2024-25'], { from: 'user' });
 */
export function createProgram(io: CliIo): Command {
  const program = new Command('placewise')
    .description('Placewise: the sufficiency duty for children in care, as code.')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  for (const register of [
    registerCodes,
    registerValidate,
    registerSsda903,
    registerSynthetic,
    registerGeo,
    registerSufficiency,
    registerMatch,
    registerCosts,
    registerMarket,
    registerRegion,
    registerDemo,
  ]) {
    register(program, io);
  }
  return program;
}

/**
 * Runs the CLI with the given arguments (without `node` and the script) and resolves to its exit code.
 *
 * @example
 * const code = await runCli(['codes', 'PLACE', '--json'], { stdout: console.log, stderr: console.error });
 */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  const program = createProgram(io);
  try {
    await program.parseAsync(args, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CliExit) {
      if (error.message) io.stderr(`${error.message}\n`);
      return error.exitCode;
    }
    // Help and version end with 0; every usage error (unknown command or option, missing argument) with 2.
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
}

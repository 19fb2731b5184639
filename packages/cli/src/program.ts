import { Command, CommanderError, Help, type Option } from 'commander';
import { version } from '../package.json';
import { registerCodes } from './commands/codes.js';
import { registerCosts } from './commands/costs.js';
import { registerDemo } from './commands/demo.js';
import { registerGeo } from './commands/geo.js';
import { registerMarket } from './commands/market.js';
import { registerMatch } from './commands/match.js';
import { registerRegion } from './commands/region.js';
import { registerServe } from './commands/serve.js';
import { registerSsda903 } from './commands/ssda903.js';
import { registerSufficiency } from './commands/sufficiency.js';
import { registerSynthetic } from './commands/synthetic.js';
import { registerValidate } from './commands/validate.js';
import { checkCommandOptions } from './internal/check-options.js';
import { mergeJsonError, toJsonError } from './internal/json-error.js';
import { toCliExit } from './internal/to-cli-exit.js';
import type { CliIo } from './io.js';

/** A commander command that reports every missing required option at once, not only the first. */
class PlacewiseCommand extends Command {
  override createCommand(name?: string): Command {
    return new PlacewiseCommand(name);
  }

  missingMandatoryOptionValue(): never {
    const missing = this.options.filter(
      (o) => o.mandatory && this.getOptionValue(o.attributeName()) === undefined,
    );
    const list = missing.map((o) => `'${o.flags}'`).join(', ');
    this.error(`error: required option${missing.length > 1 ? 's' : ''} ${list} not specified`, {
      code: 'commander.missingMandatoryOptionValue',
    });
  }
}

/**
 * Builds the `placewise` command with every subcommand, writing through `io`.
 *
 * @example
 * const program = createProgram({ stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) });
 * await program.parseAsync(['codes', 'PLACE', '--year', '2024-25'], { from: 'user' });
 */
export function createProgram(io: CliIo): Command {
  const program = new PlacewiseCommand('placewise')
    .description('Placewise: the sufficiency duty for children in care, as code.')
    .version(version, '-V, --version', 'print the version of @placewise/cli')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .configureHelp({
      optionDescription: (option: Option) => {
        const base = new Help().optionDescription(option);
        return option.mandatory ? `(required) ${base}` : base;
      },
    })
    .hook('preAction', (_program, command) => checkCommandOptions(command));
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
    registerServe,
  ]) {
    register(program, io);
  }
  return program;
}

/** Stops commander printing usage errors on this command and every subcommand (with --json they are printed once, as JSON). */
function silenceUsageErrors(command: Command): void {
  command.configureOutput({ ...command.configureOutput(), outputError: () => {} });
  for (const sub of command.commands) silenceUsageErrors(sub);
}

/**
 * Runs the CLI with the given arguments (without `node` and the script) and resolves to its exit code:
 * 0 done, 1 the input holds errors, 2 the command could not run. Every failure is one line on stderr; with
 * `--json`, stdout also holds the JSON error object `{ error: { code, message }, issues }` (merged into the
 * report when the command had already printed one).
 *
 * @example
 * const code = await runCli(['codes', 'PLACE', '--json'], { stdout: console.log, stderr: console.error });
 */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  const json = args.includes('--json');
  const printed: string[] = [];
  const programIo: CliIo = json ? { ...io, stdout: (text) => printed.push(text) } : io;
  const program = createProgram(programIo);
  // Commander prints usage errors itself; with --json they are reported once, below.
  if (json) silenceUsageErrors(program);
  try {
    await program.parseAsync(args, { from: 'user' });
    if (json) io.stdout(printed.join(''));
    return 0;
  } catch (error) {
    // Help and version end commander with exit code 0.
    if (error instanceof CommanderError && error.exitCode === 0) {
      if (json) io.stdout(printed.join(''));
      return 0;
    }
    const exit = toCliExit(error);
    // Commander has already printed its own usage errors, unless --json silenced it.
    const printedByCommander = error instanceof CommanderError && !json;
    if (exit.message && !printedByCommander) io.stderr(`${exit.message.replace(/\n+$/, '')}\n`);
    if (json) {
      const message =
        exit.message || (exit.exitCode === 1 ? 'The input holds errors (see issues).' : exit.code);
      const body = mergeJsonError(printed.join(''), toJsonError(exit.code, message, exit.issues));
      io.stdout(`${JSON.stringify(body, null, 2)}\n`);
    }
    return exit.exitCode;
  }
}

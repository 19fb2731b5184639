import { CommanderError } from 'commander';
import { CliExit } from '../io.js';
import { describeFsError } from './files.js';

/** Commander's error codes, as the stable codes of the JSON error object. */
const COMMANDER_CODES: Readonly<Record<string, string>> = {
  'commander.unknownCommand': 'cli.unknown-command',
  'commander.unknownOption': 'cli.unknown-option',
  'commander.missingArgument': 'cli.missing-argument',
  'commander.optionMissingArgument': 'cli.missing-option-value',
  'commander.missingMandatoryOptionValue': 'cli.missing-option',
  'commander.excessArguments': 'cli.excess-arguments',
  'commander.invalidArgument': 'cli.invalid-option',
  'commander.conflictingOption': 'cli.conflicting-options',
};

/**
 * Turns anything a command threw into a {@link CliExit}: usage errors and file-system errors exit 2 with
 * one line; an error from a library's option check (`…OptionsError`, `RangeError`) is a bad option value
 * (exit 2); anything else is an internal error (exit 2), reported in one line without a stack trace.
 */
export function toCliExit(error: unknown): CliExit {
  if (error instanceof CliExit) return error;
  if (error instanceof CommanderError) {
    const message = error.message.replace(/^error:\s*/, '');
    return new CliExit(2, message, { code: COMMANDER_CODES[error.code] ?? 'cli.usage' });
  }
  const errno = (error as NodeJS.ErrnoException | undefined)?.code;
  const path = (error as NodeJS.ErrnoException | undefined)?.path;
  if (typeof errno === 'string' && /^E[A-Z]+$/.test(errno) && typeof path === 'string')
    return describeFsError(path, error);
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  if (error instanceof RangeError || (error instanceof Error && /OptionsError$/.test(error.name)))
    return new CliExit(2, `Invalid option: ${message}`, { code: 'cli.invalid-option' });
  return new CliExit(2, `Internal error: ${message} (please report it).`, { code: 'cli.internal' });
}

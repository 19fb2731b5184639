import { IsoDate } from '@placewise/model';
import type { Command, Option } from 'commander';
import { CliExit } from '../io.js';
import { checkInputPath, checkOutputPath, type PathKind, STDIN } from './files.js';

/**
 * The generic checks every command gets before its action runs, read from how its arguments and options
 * are declared (so a command file needs nothing but the conventional placeholder names):
 * - paths: an option named `--out`, `--output`, `--html`, `--xlsx` or `--csv`, or an argument named `<out>`,
 *   is written (`<dir>` in its placeholder: a folder); any other `<file>`, `<…dir>`, `<path>`, `<in>`, `<….csv>`…
 *   is read, and checked before anything runs (exists, readable, regular file or folder; a FIFO refused);
 * - `<n>` values are whole numbers within the bounds below; `<date>` values are real calendar dates;
 *   `<span>` values are a number and a unit (`3y`, `18m`, `26w`, `90d`).
 */
const OUTPUT_OPTIONS = new Set(['out', 'output', 'html', 'xlsx', 'csv']);
const INPUT_ANY = /dir|^path$|^in$/;
const INPUT_FILE = /file|\.(csv|json|xml)$|^(fees|placements|referrals?|vacancies|policy|settings|scenario)$/;

/** Bounds for `<n>` options by name; any other `<n>` is a 32-bit whole number. */
const NUMBER_BOUNDS: Readonly<Record<string, readonly [number, number]>> = {
  top: [0, 100_000],
  samples: [1, 10_000],
  children: [1, 1_000_000],
  years: [1, 20],
  startYear: [2000, 2100],
  population: [1, 100_000_000],
  port: [0, 65_535],
  timeLimitMs: [1, 600_000],
};
const INT32: readonly [number, number] = [-(2 ** 31), 2 ** 31 - 1];

const fail = (message: string) => new CliExit(2, message, { code: 'cli.invalid-option' });

/** The word inside an option's `<…>` or `[…]`, e.g. `file` for `--policy <file>`. */
const placeholderOf = (option: Option): string => /[<[]([^>\]]+)[>\]]/.exec(option.flags)?.[1] ?? '';

/** Whether a path-valued argument or option is read or written, by the conventions above. */
export function pathKindOf(name: string, placeholder: string, isArgument: boolean): PathKind | undefined {
  if (isArgument ? name === 'out' : OUTPUT_OPTIONS.has(name))
    return /dir/.test(placeholder) || isArgument ? 'output-dir' : 'output-file';
  if (INPUT_ANY.test(placeholder)) return 'input-any';
  if (INPUT_FILE.test(placeholder)) return 'input-file';
  return undefined;
}

function checkValue(flag: string, name: string, placeholder: string, value: string): void {
  if (placeholder === 'n') {
    const [min, max] = NUMBER_BOUNDS[name] ?? INT32;
    const n = /^[+-]?\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max)
      throw fail(`${flag} must be a whole number from ${min} to ${max}.`);
  } else if (placeholder === 'date' && !IsoDate.safeParse(value).success) {
    throw fail(`${flag} must be a calendar date written YYYY-MM-DD.`);
  } else if (placeholder === 'span' && !/^\d{1,4}\s*[ymwd]?$/i.test(value.trim())) {
    throw fail(`${flag} must be a number and a unit: 3y, 18m, 26w or 90d.`);
  }
}

/** Runs the generic checks on the command about to run; the first failure ends it with exit 2. */
export async function checkCommandOptions(command: Command): Promise<void> {
  const paths: { value: string; kind: PathKind }[] = [];
  command.registeredArguments.forEach((argument, i) => {
    const values = ([] as unknown[]).concat(command.processedArgs[i] ?? []);
    const kind = pathKindOf(argument.name(), argument.name(), true);
    for (const value of values) if (kind && typeof value === 'string') paths.push({ value, kind });
  });
  const values = command.opts();
  for (const option of command.options) {
    const name = option.attributeName();
    const value = values[name];
    if (typeof value !== 'string' || command.getOptionValueSource(name) === 'default') continue;
    const placeholder = placeholderOf(option);
    checkValue(option.long ?? option.flags, name, placeholder, value);
    const kind = pathKindOf(name, placeholder, false);
    if (kind) paths.push({ value, kind });
  }
  if (paths.filter((p) => p.value === STDIN && p.kind.startsWith('input')).length > 1)
    throw fail('Only one file argument can be - (standard input).');
  for (const { value, kind } of paths) {
    if (kind === 'input-file' || kind === 'input-any') await checkInputPath(value, kind);
    else if (value !== STDIN) await checkOutputPath(value, kind);
  }
}

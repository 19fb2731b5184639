import type { Issue } from '@placewise/model';

/**
 * Where a command writes. Tests pass their own to capture output; the bin passes the process's.
 * `stdin` reads all of standard input (for `-` file arguments); without it, `-` is refused.
 *
 * @example
 * const out: string[] = [];
 * const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => out.push(t) };
 */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin?: () => Promise<Uint8Array>;
}

/**
 * What a {@link CliExit} carries besides its exit code: a stable error code for the JSON error object and
 * the issues behind it.
 *
 * @example
 * const details: CliExitOptions = { code: 'input.invalid', issues: [] };
 */
export interface CliExitOptions {
  /** A stable kebab or dotted code, e.g. `file.not-found`. Default: `input.invalid` (exit 1) or `cli.cannot-run`. */
  code?: string;
  /** The located issues behind the failure, printed in the JSON error object. */
  issues?: readonly Issue[];
}

/**
 * Thrown inside a command to end it with an exit code and a one-line message on stderr (with `--json`, the
 * JSON error object on stdout). Exit 1: the input was read but holds errors; exit 2: the command cannot run.
 *
 * @example
 * if (issues.some((i) => i.severity === 'error')) throw new CliExit(1, 'The input holds errors.', { issues });
 */
export class CliExit extends Error {
  readonly code: string;
  readonly issues: readonly Issue[];
  constructor(
    readonly exitCode: number,
    message = '',
    options: CliExitOptions = {},
  ) {
    super(message);
    this.name = 'CliExit';
    this.code = options.code ?? (exitCode === 1 ? 'input.invalid' : 'cli.cannot-run');
    this.issues = options.issues ?? [];
  }
}

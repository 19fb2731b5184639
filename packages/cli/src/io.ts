/**
 * Where a command writes. Tests pass their own to capture output; the bin passes the process's.
 *
 * @example
 * const out: string[] = [];
 * const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => out.push(t) };
 */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/**
 * Thrown inside a command to end it with an exit code and a message on stderr.
 *
 * @example
 * if (issues.some((i) => i.severity === 'error')) throw new CliExit(1);
 */
export class CliExit extends Error {
  constructor(
    readonly exitCode: number,
    message = '',
  ) {
    super(message);
    this.name = 'CliExit';
  }
}

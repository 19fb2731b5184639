import type { CliIo } from '../src/io.js';

/** A {@link CliIo} that keeps what a command writes, with `out()` and `err()` giving it back as text. */
export function capture(): { io: CliIo; out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) },
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

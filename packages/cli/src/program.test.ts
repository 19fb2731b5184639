import { describe, expect, it } from 'vitest';
import { runCli } from './program.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) }, out, err };
}

describe('runCli', () => {
  it('prints help listing the commands and exits 0', async () => {
    const { io, out } = capture();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(out.join('')).toContain('Usage: placewise');
  });

  it('exits non-zero on an unknown command', async () => {
    const { io, err } = capture();
    expect(await runCli(['no-such-command'], io)).not.toBe(0);
    expect(err.join('')).toMatch(/unknown command/);
  });
});

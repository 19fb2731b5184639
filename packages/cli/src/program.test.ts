import { describe, expect, it } from 'vitest';
import { capture } from '../test/capture.js';
import { runCli } from './program.js';

describe('runCli', () => {
  it('prints help listing the commands and exits 0', async () => {
    const { io, out } = capture();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(out()).toContain('Usage: placewise');
  });

  it('exits non-zero on an unknown command', async () => {
    const { io, err } = capture();
    expect(await runCli(['no-such-command'], io)).toBe(2);
    expect(err()).toMatch(/unknown command/);
  });
});

import { describe, expect, it } from 'vitest';
import { version } from '../package.json';
import { capture } from '../test/capture.js';
import { runCli } from './program.js';

describe('runCli', () => {
  it('prints help listing the commands and exits 0', async () => {
    const { io, out } = capture();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(out()).toContain('Usage: placewise');
    expect(out()).toContain('serve');
  });

  it('prints the package version', async () => {
    const { io, out } = capture();
    expect(await runCli(['--version'], io)).toBe(0);
    expect(out()).toBe(`${version}\n`);
  });

  it('exits 2 on an unknown command', async () => {
    const { io, err } = capture();
    expect(await runCli(['no-such-command'], io)).toBe(2);
    expect(err()).toMatch(/unknown command/);
  });

  it('names every missing required option at once, once, on stderr', async () => {
    const { io, err, out } = capture();
    // `sufficiency report` once required --year too; since the year is inferred, `match` has two required options.
    expect(await runCli(['match'], io)).toBe(2);
    expect(err()).toBe("error: required options '--referral <file>', '--vacancies <file>' not specified\n");
    expect(out()).toBe('');
  });

  it('with --json, prints only the JSON error object on stdout, and the line on stderr', async () => {
    const { io, err, out } = capture();
    expect(await runCli(['match', '--json'], io)).toBe(2);
    expect(JSON.parse(out())).toEqual({
      error: {
        code: 'cli.missing-option',
        message: "required options '--referral <file>', '--vacancies <file>' not specified",
      },
      issues: [],
    });
    expect(err()).toBe("required options '--referral <file>', '--vacancies <file>' not specified\n");
  });

  it('reads - from the standard input it is given', async () => {
    const { io, out } = capture();
    const stdin = async () =>
      new TextEncoder().encode(JSON.stringify({ id: 'C1', sex: 'male', dateOfBirth: '2012-01-01' }));
    expect(await runCli(['validate', 'Child', '-', '--json'], { ...io, stdin })).toBe(0);
    expect(JSON.parse(out())).toEqual({ valid: true, issues: [] });
  });

  it('merges the error into a report printed before an exit 1', async () => {
    const { io, out } = capture();
    const stdin = async () =>
      new TextEncoder().encode(JSON.stringify({ id: 'C1', sex: 'x', dateOfBirth: '2012-01-01' }));
    expect(await runCli(['validate', 'Child', '-', '--json'], { ...io, stdin })).toBe(1);
    const body = JSON.parse(out());
    expect(body.error).toEqual({ code: 'input.invalid', message: 'The input holds errors (see issues).' });
    expect(body.valid).toBe(false);
    expect(body.issues.map((i: { location: { path: unknown[] } }) => i.location.path)).toEqual([['sex']]);
  });
});

/** Issue 16: a command file holds option parsing and output only, so each stays under 200 lines. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const COMMANDS = join(import.meta.dirname, '..', 'src', 'commands');
const LIMIT = 200;

/** Lines as `wc -l` counts them, plus a last line with no line break after it. */
const countLines = (text: string) =>
  text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

describe('CLI command files', () => {
  it(`are each under ${LIMIT} lines (tests excluded)`, async () => {
    const names = (await readdir(COMMANDS)).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'));
    // The commands registered in program.ts: the check cannot pass by finding no files.
    expect(names).toEqual(
      expect.arrayContaining(['forecast.ts', 'match.ts', 'ssda903.ts', 'sufficiency.ts']),
    );
    const sizes = await Promise.all(
      names.map(async (n) => [n, countLines(await readFile(join(COMMANDS, n), 'utf8'))] as const),
    );
    expect(sizes.filter(([, lines]) => lines >= LIMIT)).toEqual([]);
  });

  it('counts lines the way wc -l does', () => {
    expect(countLines('a\nb\n')).toBe(2);
    expect(countLines('a\nb')).toBe(2);
    expect(countLines('')).toBe(0);
  });
});

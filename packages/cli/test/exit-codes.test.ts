import { spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBin } from './build-bin.js';
import { type ChildOutput, outputOf } from './output-of.js';

// Every exit path the CLI README documents, run as a real process: the exit code, one line on stderr and
// no stack trace, and with --json the JSON error object on stdout.

let bin = '';
let dir = '';
const isRoot = process.getuid?.() === 0;

function run(
  args: string[],
  options: { input?: string; cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<ChildOutput> {
  const child = spawn(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? dir,
    env: { ...process.env, npm_lifecycle_event: '', INIT_CWD: '', ...options.env },
    timeout: 20_000,
  });
  const output = outputOf(child);
  child.stdin.end(options.input ?? '');
  return output;
}

/** Exit 2 (or 1) with exactly one line on stderr and no stack trace. */
function expectOneLine(result: ChildOutput, code: number, pattern: RegExp): void {
  expect(result.code).toBe(code);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

const CHILD = { id: 'C1', sex: 'female', dateOfBirth: '2012-03-04' };

beforeAll(async () => {
  bin = await buildBin();
  dir = await mkdtemp(join(tmpdir(), 'placewise-exit-'));
  await writeFile(join(dir, 'child.json'), JSON.stringify(CHILD));
  await writeFile(join(dir, 'bom.json'), `\uFEFF${JSON.stringify(CHILD)}`);
  await writeFile(join(dir, 'bad-child.json'), JSON.stringify({ ...CHILD, sex: 'x' }));
  await writeFile(join(dir, 'not.json'), '{"id": "C1",');
  await mkdir(join(dir, 'folder.json'));
  await mkdir(join(dir, 'sub'));
  await writeFile(join(dir, 'sub', 'rel.json'), JSON.stringify(CHILD));
  await symlink(join(dir, 'gone.json'), join(dir, 'dangling.json'));
  await writeFile(join(dir, 'locked.json'), JSON.stringify(CHILD));
  await chmod(join(dir, 'locked.json'), 0o000);
  await writeFile(
    join(dir, 'fees.csv'),
    'amount,unit,from,category\n5000,week,2024-04-01,childrens-home\nlots,week,2024-04-01,childrens-home\n',
  );
  await writeFile(
    join(dir, 'good-fees.csv'),
    'amount,unit,from,category\n5000,week,2024-04-01,childrens-home\n',
  );
  await writeFile(join(dir, 'a-file'), 'x');
}, 60_000);

describe('exit 0', () => {
  it('prints the version', async () => {
    const result = await run(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('marks required options in --help', async () => {
    const result = await run(['match', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/--referral <file>\s+\(required\)/);
    expect(result.stdout).not.toMatch(/--policy <file>\s+\(required\)/);
  });

  it('reads - from standard input, and a JSON file with a byte-order mark', async () => {
    expect((await run(['validate', 'Child', '-'], { input: JSON.stringify(CHILD) })).code).toBe(0);
    expect((await run(['validate', 'Child', 'bom.json'])).code).toBe(0);
  });

  it('resolves relative paths from where the user ran `pnpm placewise` (INIT_CWD)', async () => {
    const env = { npm_lifecycle_event: 'placewise', INIT_CWD: join(dir, 'sub') };
    // pnpm runs the script from the repository root; here, the file system root stands in for it.
    expect((await run(['validate', 'Child', 'rel.json'], { cwd: '/', env })).code).toBe(0);
    expect((await run(['validate', 'Child', 'rel.json'], { cwd: '/' })).code).toBe(2);
  });
});

describe('exit 1: the input was read but holds errors', () => {
  it('validate on an invalid record', async () => {
    expect((await run(['validate', 'Child', 'bad-child.json'])).code).toBe(1);
  });

  it('costs benchmark when a row was rejected', async () => {
    const result = await run(['costs', 'benchmark', 'fees.csv']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/1 of 2 fee records were rejected/);
    expect((await run(['costs', 'benchmark', 'good-fees.csv'])).code).toBe(0);
  });

  it('prints the JSON error object, merged into the report, with --json', async () => {
    const result = await run(['costs', 'benchmark', 'fees.csv', '--json']);
    expect(result.code).toBe(1);
    const body = JSON.parse(result.stdout);
    expect(body.error).toEqual({ code: 'input.invalid', message: '1 of 2 fee records were rejected.' });
    expect(body.issues[0]).toMatchObject({ code: 'money.malformed', location: { row: 2, column: 'amount' } });
  });
});

describe.concurrent('exit 2: the command could not run', () => {
  const cases: [string, string[], RegExp][] = [
    ['an unknown command', ['frobnicate'], /unknown command 'frobnicate'/],
    ['an unknown option', ['codes', 'PLACE', '--colour'], /unknown option '--colour'/],
    ['a missing file', ['validate', 'Child', 'missing.json'], /^Cannot read missing\.json: no such file/],
    [
      'a directory named like a file',
      ['validate', 'Child', 'folder.json'],
      /folder\.json is a directory, not a file/,
    ],
    [
      'a dangling symlink',
      ['validate', 'Child', 'dangling.json'],
      /dangling\.json is a symbolic link to a file that does not exist/,
    ],
    [
      'a path through a file',
      ['validate', 'Child', 'a-file/child.json'],
      /a part of the path is not a directory/,
    ],
    ['a file that is not JSON', ['validate', 'Child', 'not.json'], /not\.json is not valid JSON/],
    ['an unknown entity', ['validate', 'Dragon', 'child.json'], /Unknown entity "Dragon"/],
    [
      '--top abc',
      ['match', '--referral', 'child.json', '--vacancies', 'child.json', '--top', 'abc'],
      /--top must be a whole number/,
    ],
    [
      '--samples 1000000000',
      ['sufficiency', 'forecast', '.', '--samples', '1000000000'],
      /--samples must be a whole number from 1 to 10000/,
    ],
    [
      '--horizon 999999y',
      ['sufficiency', 'forecast', '.', '--horizon', '999999y'],
      /--horizon must be a number and a unit/,
    ],
    [
      'an impossible date',
      ['costs', 'project', 'good-fees.csv', '--as-of', '2023-02-30'],
      /--as-of must be a calendar date/,
    ],
    [
      'an output path that is a directory',
      ['costs', 'benchmark', 'good-fees.csv', '--html', 'sub'],
      /Cannot write sub: it is a directory/,
    ],
    [
      'an output file in a missing directory',
      ['costs', 'benchmark', 'good-fees.csv', '--html', 'nowhere/x.html'],
      /its directory does not exist/,
    ],
    [
      'an output directory that is a file',
      ['synthetic', '--out', 'a-file'],
      /Cannot write into a-file: it is a file, not a directory/,
    ],
    [
      'two file arguments reading standard input',
      ['match', '--referral', '-', '--vacancies', '-'],
      /Only one file argument can be -/,
    ],
  ];
  for (const [what, args, pattern] of cases) {
    it(what, async () => expectOneLine(await run(args), 2, pattern));
  }

  it('reports every missing required option at once', async () => {
    const result = await run(['match']);
    expectOneLine(result, 2, /required options '--referral <file>', '--vacancies <file>' not specified/);
  });

  it('refuses a FIFO instead of waiting on it', async () => {
    const fifo = join(dir, 'pipe.json');
    const made = await new Promise<number | null>((resolve) =>
      spawn('mkfifo', [fifo])
        .on('close', resolve)
        .on('error', () => resolve(null)),
    );
    if (made !== 0) return; // no mkfifo on this system (Windows)
    const started = Date.now();
    expectOneLine(await run(['validate', 'Child', fifo]), 2, /is not a regular file/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it.skipIf(isRoot)('an unreadable file', async () => {
    expectOneLine(await run(['validate', 'Child', 'locked.json']), 2, /permission denied/);
  });

  it('prints the JSON error object on stdout with --json', async () => {
    const missing = await run(['validate', 'Child', 'missing.json', '--json']);
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.stdout)).toEqual({
      error: { code: 'file.not-found', message: 'Cannot read missing.json: no such file or directory.' },
      issues: [],
    });
    const usage = await run(['match', '--json']);
    expect(usage.code).toBe(2);
    expect(JSON.parse(usage.stdout).error.code).toBe('cli.missing-option');
    const top = await run([
      'match',
      '--referral',
      'child.json',
      '--vacancies',
      'child.json',
      '--top',
      'abc',
      '--json',
    ]);
    expect(JSON.parse(top.stdout).error).toEqual({
      code: 'cli.invalid-option',
      message: '--top must be a whole number from 0 to 100000.',
    });
  });
});

describe('placewise serve as a process', () => {
  it('listens on loopback, answers, and ends with exit 0 on SIGTERM; a port in use exits 2', async () => {
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0'], { cwd: dir });
    let stderr = '';
    const address = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (d) => {
        stderr += d;
        const found = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
        if (found) resolve(found[1] as string);
      });
      child.on('close', () => reject(new Error(stderr)));
    });
    const health = await fetch(`${address}/healthz`);
    expect(health.status).toBe(200);
    const busy = await run(['serve', '--port', new URL(address).port, '--json']);
    expect(busy.code).toBe(2);
    expect(JSON.parse(busy.stdout).error.code).toBe('serve.cannot-listen');
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.kill('SIGTERM');
    expect(await closed).toBe(0);
  });
});

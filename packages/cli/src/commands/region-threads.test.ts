import { spawn } from 'node:child_process';
import { appendFile, cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateRegion } from '@placewise/synthetic';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBin } from '../../test/build-bin.js';
import { capture } from '../../test/capture.js';
import { outputOf } from '../../test/output-of.js';
import { writeRegionFolders } from '../../test/region-folders.js';
import { runCli } from '../program.js';

// `region report` in worker threads must print exactly what it prints in one thread (--threads 1, no
// worker), for every output and on returns with errors in them.
let dir = '';
let files = '';

beforeAll(async () => {
  files = await mkdtemp(join(tmpdir(), 'pw-region-threads-'));
  dir = join(files, 'region');
  const region = generateRegion({ seed: 3, authorities: 3, children: 150 });
  await writeRegionFolders(dir, region);
  // A fourth authority (Kirklees) whose return has two rows in error: a date that is not one, and no CHILD.
  const first = region[0]?.authority.code as string;
  await cp(join(dir, first), join(dir, 'E08000034'), { recursive: true });
  await appendFile(
    join(dir, 'E08000034', 'episodes.csv'),
    'K9000001,31/02/2024,S,C1,N1,U1,PR1,,,,LS1 4AP,LS8 1AA,\n,01/05/2024,S,C1,N1,U1,PR1,,,,LS1 4AP,LS8 1AA,\n',
  );
  await writeFile(
    join(files, 'fees.csv'),
    'amount,unit,from,category\n5200,week,2024-04-01,childrens-home\n600,week,2024-04-01,fostering-in-house\n',
  );
  await writeFile(join(files, 'key.txt'), 'a region secret\n');
}, 60_000);

async function runIn(threads: string, args: string[]) {
  const html = join(files, `report-${threads}.html`);
  const { io, out, err } = capture();
  const code = await runCli(
    ['region', 'report', dir, '--threads', threads, ...args.map((a) => (a === 'HTML' ? html : a))],
    io,
  );
  const written = args.includes('HTML') ? await readFile(html, 'utf8') : '';
  return { code, stdout: out(), stderr: err().replace(html, 'HTML'), written };
}

describe('placewise region report --threads', () => {
  it('prints byte for byte the same in 2 threads (this one and a worker) as in one thread', async () => {
    for (const args of [
      ['--json', '--fees', join(files, 'fees.csv')],
      [],
      ['--html', 'HTML'],
      ['--json', '--key-file', join(files, 'key.txt')],
    ]) {
      const one = await runIn('1', args);
      const two = await runIn('2', args);
      expect(two).toEqual(one);
      // Not empty: the four authorities are there, and the rows in error are counted on stderr.
      expect(one.stdout + one.written).toMatch(/E08000034|Kirklees/);
      expect(one.stderr).toMatch(/The returns have [1-9]\d* error\(s\)/);
    }
  }, 180_000);

  it('ends with the same exit and message when a folder cannot be read, workers started or not', async () => {
    const broken = join(files, 'broken');
    await cp(dir, broken, { recursive: true });
    await mkdir(join(broken, 'E08000033'));
    const runs = await Promise.all(
      ['1', '2'].map(async (threads) => {
        const { io, out, err } = capture();
        const code = await runCli(['region', 'report', broken, '--threads', threads], io);
        return { code, out: out(), err: err().replace(/^Reading .*\n/gm, '') };
      }),
    );
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[0]?.code).toBe(2);
    expect(runs[0]?.err).toContain('E08000033');
  }, 60_000);

  it('refuses a --threads that is not a whole number from 1', async () => {
    for (const bad of ['0', '-2', '1.5', 'many']) {
      const { io, out } = capture();
      expect(await runCli(['region', 'report', dir, '--json', '--threads', bad], io)).toBe(2);
      expect(JSON.parse(out()).error.code).toBe('cli.invalid-option');
    }
  });

  it('runs its worker threads in the built command too, with the same output', async () => {
    const bin = await buildBin();
    // Counts the messages the command posts to worker threads, printed on stderr as it exits.
    const counter = `data:text/javascript,${encodeURIComponent(
      "import { Worker } from 'node:worker_threads'; let n = 0; const post = Worker.prototype.postMessage; Worker.prototype.postMessage = function (...a) { n += 1; return post.apply(this, a); }; process.on('exit', () => process.stderr.write('WORKER-MESSAGES ' + n + '\\n'));",
    )}`;
    const run = async (threads: string) => {
      const child = spawn(process.execPath, [
        '--import',
        counter,
        bin,
        'region',
        'report',
        dir,
        '--json',
        '--threads',
        threads,
      ]);
      const { code, stdout, stderr } = await outputOf(child);
      return { code, stdout, messages: Number(/WORKER-MESSAGES (\d+)/.exec(stderr)?.[1] ?? -1) };
    };
    const one = await run('1');
    const two = await run('2');
    const three = await run('3');
    for (const many of [two, three]) {
      expect(many.stdout).toBe(one.stdout);
      expect(many.code).toBe(one.code);
    }
    expect(JSON.parse(one.stdout).authorities).toHaveLength(4);
    // One thread posts nothing to a worker. Three threads are this one and two workers, each sent the run's
    // settings and two authorities to hold at once: the 4 authorities all go to the workers.
    expect(one.messages).toBe(0);
    expect(three.messages).toBe(2 + 4);
    // Two threads are this one and one worker, sent the settings and two authorities at once; this thread
    // takes the third, so the worker gets the fourth only if it finished one first: 2 or 3 of the 4.
    expect(two.messages).toBeGreaterThanOrEqual(1 + 2);
    expect(two.messages).toBeLessThanOrEqual(1 + 3);
  }, 120_000);
});

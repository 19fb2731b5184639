import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { generateAuthority, writeSyntheticReturns } from '@placewise/synthetic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../io.js';
import { runCli } from '../program.js';
import { parseHorizon } from './forecast.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

function forecast(args: string[], io: CliIo): Promise<number> {
  return runCli(['sufficiency', 'forecast', ...args], io);
}

let root: string;
const authority = generateAuthority({ seed: 8, children: 300 });

async function writeAll(dir: string, files: { name: string; content: string }[]) {
  for (const file of files) {
    await mkdir(dirname(join(dir, file.name)), { recursive: true });
    await writeFile(join(dir, file.name), file.content);
  }
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'placewise-forecast-'));
  await writeAll(join(root, 'folders'), writeSyntheticReturns(authority, { layout: 'folder' }).files);
  await writeAll(join(root, 'prefixed'), writeSyntheticReturns(authority, { layout: 'prefix' }).files);
  // Bare years, named as some authorities do: 2023-episodes.csv holds 2022-23.
  const bare = writeSyntheticReturns(authority, { layout: 'prefix' }).files.map((f) => ({
    ...f,
    name: f.name.replace(/^(\d{4})-(\d{2})-/, (_, y: string) => `${Number(y) + 1}-`),
  }));
  await writeAll(join(root, 'bare'), bare);
  await writeFile(
    join(root, 'costs.json'),
    JSON.stringify({ fostering: 900, residential: 6108, supported: 1500, other: 500 }),
  );
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const window = ['--from', '2022-04-01', '--to', '2025-03-31', '--horizon', '2y', '--samples', '20'];

describe('placewise sufficiency forecast', () => {
  it('prints the forecast as JSON from one folder per year, with spend from --costs', async () => {
    const c = capture();
    const code = await forecast(
      [join(root, 'folders'), ...window, '--costs', join(root, 'costs.json'), '--json'],
      c.io,
    );
    expect(code, c.err()).toBe(0);
    const json = JSON.parse(c.out());
    expect(json.collectionYears).toEqual(['2022-23', '2023-24', '2024-25']);
    expect(json.categories).toEqual(['fostering', 'residential', 'supported', 'other']);
    expect(json.horizonDays).toBe(730);
    expect(json.projection.dates[0]).toBe('2025-03-31');
    expect(json.history.dates.at(-1) <= '2025-03-31').toBe(true);
    const fostering = json.projection.byCategory.fostering;
    expect(fostering.expected).toHaveLength(json.projection.dates.length);
    const k = fostering.expected.length - 1;
    expect(fostering.lower95[k]).toBeLessThanOrEqual(fostering.lower80[k]);
    expect(fostering.upper80[k]).toBeLessThanOrEqual(fostering.upper95[k]);
    expect(json.spend.map((y: { collectionYear: string }) => y.collectionYear)).toEqual([
      '2025-26',
      '2026-27',
    ]);
    const year = json.spend[1];
    expect(year.total.expected).toBeGreaterThan(0);
    expect(year.byCategory.residential.expected).toBeGreaterThan(0);
    expect(year.total.lower80).toBeLessThanOrEqual(year.total.expected);
  });

  it('reads year-prefixed file names and bare years to the same forecast', async () => {
    const a = capture();
    const b = capture();
    const d = capture();
    await forecast([join(root, 'folders'), ...window, '--json'], a.io);
    expect(await forecast([join(root, 'prefixed'), ...window, '--json'], b.io)).toBe(0);
    expect(await forecast([join(root, 'bare'), ...window, '--json'], d.io)).toBe(0);
    expect(JSON.parse(b.out()).projection).toEqual(JSON.parse(a.out()).projection);
    expect(JSON.parse(d.out()).projection).toEqual(JSON.parse(a.out()).projection);
    expect(d.err()).toContain('Files labelled 2023 read as collection year 2022-23.');
  });

  it('prints a table of expected counts with 80% intervals by default', async () => {
    const c = capture();
    expect(await forecast([join(root, 'folders'), ...window], c.io)).toBe(0);
    expect(c.out()).toMatch(/^Demand forecast from 2025-03-31/);
    expect(c.out()).toMatch(/^fostering +\d+ +\d+ \(\d+–\d+\)/m);
    expect(c.out()).toMatch(/^total /m);
  });

  it('writes one self-contained HTML page with a chart per category', async () => {
    const c = capture();
    const out = join(root, 'forecast.html');
    expect(
      await forecast(
        [join(root, 'folders'), ...window, '--costs', join(root, 'costs.json'), '--html', out],
        c.io,
      ),
    ).toBe(0);
    const html = await readFile(out, 'utf8');
    expect(html.match(/<svg /g)).toHaveLength(5);
    expect(html).toContain('<h2>residential</h2>');
    expect(html).toContain('Projected spend');
    expect(html).not.toMatch(/<(script|link)\b|src=/);
  });

  it('refuses bad options and folders without returns', async () => {
    const c = capture();
    expect(await forecast([join(root, 'folders'), '--horizon', '9y'], c.io)).toBe(2);
    expect(c.err()).toContain('--horizon');
    expect(await forecast([join(root, 'folders'), '--json', '--html', 'x.html'], c.io)).toBe(2);
    const empty = await mkdtemp(join(tmpdir(), 'placewise-empty-'));
    expect(await forecast([empty], c.io)).toBe(2);
    expect(c.err()).toContain('No SSDA903 files');
    await rm(empty, { recursive: true });
  });
});

describe('parseHorizon', () => {
  it('counts years and months on the calendar, weeks and days as given', () => {
    expect(parseHorizon('3y', '2024-03-31')).toBe(1095);
    expect(parseHorizon('1y', '2023-04-01')).toBe(366);
    expect(parseHorizon('6m', '2024-04-01')).toBe(183);
    expect(parseHorizon('26w', '2024-04-01')).toBe(182);
    expect(parseHorizon('90', '2024-04-01')).toBe(90);
    expect(parseHorizon('three years', '2024-04-01')).toBeUndefined();
  });
});

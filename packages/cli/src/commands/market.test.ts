import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capture } from '../../test/capture.js';
import { runCli } from '../program.js';

describe('placewise market report', () => {
  it('reports a region by name, as JSON', async () => {
    const { io, out } = capture();
    expect(await runCli(['market', 'report', '--region', 'North West', '--year', '2025', '--json'], io)).toBe(
      0,
    );
    const report = JSON.parse(out());
    expect(report.area).toMatchObject({ label: 'North West', kind: 'region' });
    expect(report.year).toBe(2025);
    expect(report.supply.homes).toBeGreaterThan(900);
    expect(report.concentration.top5.text).toMatch(/^\d+\.\d%$/);
    expect(report.flow.years.map((y: { year: number }) => y.year)).toContain(2025);
  });

  it('adds up authorities given by code, and prints a summary by default', async () => {
    const one = capture();
    expect(await runCli(['market', 'report', '--la', 'E08000035', '--json'], one.io)).toBe(0);
    const two = capture();
    expect(await runCli(['market', 'report', '--la', 'E08000035,E08000032', '--json'], two.io)).toBe(0);
    expect(JSON.parse(two.out()).supply.places).toBeGreaterThan(JSON.parse(one.out()).supply.places);
    const text = capture();
    expect(await runCli(['market', 'report', '--la', 'E08000035'], text.io)).toBe(0);
    expect(text.out()).toMatch(/^Leeds: \d+ children's homes, \d+ places at 2025-03-31\./);
  });

  it('gives rates per 10,000 children when told how many children live in the area', async () => {
    const { io, out } = capture();
    const args = [
      'market',
      'report',
      '--la',
      'E08000035',
      '--children',
      '200000',
      '--children-source',
      'test figure',
      '--json',
    ];
    expect(await runCli(args, io)).toBe(0);
    const report = JSON.parse(out());
    // Worked by hand from the report's own counts: places / 200,000 × 10,000, to one decimal.
    expect(report.per10000).toEqual({
      children: 200000,
      source: 'test figure',
      homes: Math.round(report.supply.homes / 2) / 10,
      places: Math.round(report.supply.places / 2) / 10,
      fosteringAgencies: Math.round(report.fostering.total / 2) / 10,
    });
  });

  it('writes Markdown and HTML for England', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pw-market-'));
    const html = join(dir, 'market.html');
    const { io, out } = capture();
    expect(await runCli(['market', 'report', '--england', '--md', '--html', html], io)).toBe(0);
    expect(out()).toContain("# Children's homes market: England");
    expect(out()).toContain('| All sectors | 4,008 | 15,850 |  |');
    expect(await readFile(html, 'utf8')).toContain('<h1>Children&#39;s homes market: England</h1>');
  });

  it('refuses an unknown region or no area with exit 2 and the JSON error object', async () => {
    const { io, out } = capture();
    expect(await runCli(['market', 'report', '--region', 'Narnia', '--json'], io)).toBe(2);
    expect(JSON.parse(out())).toMatchObject({
      error: { code: 'area.unknown-region' },
      issues: [{ code: 'area.unknown-region' }],
    });
    const none = capture();
    expect(await runCli(['market', 'report', '--json'], none.io)).toBe(2);
    expect(JSON.parse(none.out()).error.code).toBe('market.area');
    const year = capture();
    expect(await runCli(['market', 'report', '--england', '--year', '2019'], year.io)).toBe(2);
    expect(year.err()).toMatch(/No homes and places for 31 March 2019/);
  });

  it('uses a newer provider list, and exits 1 with located issues for its bad rows', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pw-market-'));
    const file = join(dir, 'providers-2026.csv');
    await writeFile(
      file,
      [
        'URN,Provision type,Local authority,Sector,Places,Organisation which owns the provider',
        "SC1,Children's home,Leeds,Private,4,Owner A",
        "SC2,Children's home,Leeds,Private,3,Owner B",
        "SC3,Children's home,Leeds,Local Authority,5,Leeds City Council",
        "SC4,Children's home,Leeds,Private,many,Owner C",
      ].join('\n'),
    );
    const { io, out } = capture();
    const code = await runCli(
      ['market', 'report', '--la', 'Leeds', '--providers', file, '--as-at', '2026-03-31', '--json'],
      io,
    );
    expect(code).toBe(1);
    const report = JSON.parse(out());
    expect(report.error.code).toBe('market.data-errors');
    expect(report.year).toBe(2026);
    expect(report.supply).toMatchObject({ homes: 3, places: 12 });
    expect(report.concentration.top5.text).toBe('not shown: rests on 3 owners');
    expect(report.issues[0]).toMatchObject({
      code: 'providers.places-invalid',
      location: { file: 'providers-2026.csv', row: 4 },
    });
  });

  it('names a provider list saved by Excel on a UK machine one way, in its encoding note and its rows’ issues', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pw-market-'));
    await mkdir(join(dir, 'ofsted'));
    const file = join(dir, 'ofsted', 'providers-1252.csv');
    // Windows-1252: the owner's name has an é (byte E9), and one home's places are not a number.
    const text = [
      'URN,Provision type,Local authority,Sector,Places,Organisation which owns the provider',
      "SC1,Children's home,Leeds,Private,4,Caf\u00e9 Care Ltd",
      "SC2,Children's home,Leeds,Private,many,Owner B",
    ].join('\r\n');
    await writeFile(
      file,
      Uint8Array.from(text, (c) => c.charCodeAt(0)),
    );
    const { io, out } = capture();
    const args = [
      'market',
      'report',
      '--la',
      'Leeds',
      '--providers',
      file,
      '--as-at',
      '2026-03-31',
      '--json',
    ];
    expect(await runCli(args, io)).toBe(1);
    const named = JSON.parse(out()).issues.map((i: { code: string; location: { file?: string } }) => [
      i.code,
      i.location.file,
    ]);
    expect(named).toContainEqual(['file.encoding', 'providers-1252.csv']);
    expect(named).toContainEqual(['providers.places-invalid', 'providers-1252.csv']);
  });
});

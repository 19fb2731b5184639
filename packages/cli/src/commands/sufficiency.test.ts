import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { generateAuthority, writeSyntheticReturns } from '@placewise/synthetic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../program.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) }, out, err };
}

describe('placewise sufficiency report', () => {
  let dir: string;
  const authority = generateAuthority({
    seed: 7,
    children: 120,
    authority: 'E08000035',
    startYear: 2022,
    years: 3,
  });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'placewise-sufficiency-'));
    for (const file of writeSyntheticReturns(authority).files) {
      const path = join(dir, file.name.startsWith('2024-25/') ? file.name.slice(8) : file.name);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.content);
    }
    await writeFile(join(dir, 'settings.json'), JSON.stringify(authority.settings));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('prints the report as JSON with the DfE-named keys and rule findings', async () => {
    const { io, out } = capture();
    const code = await runCli(
      [
        'sufficiency',
        'report',
        dir,
        '--la',
        'E08000035',
        '--year',
        '2024-25',
        '--settings',
        join(dir, 'settings.json'),
        '--json',
      ],
      io,
    );
    expect(code).toBe(0);
    const report = JSON.parse(out.join(''));
    const open = authority.episodes.filter(
      (e) => e.start <= '2025-03-31' && (e.end === undefined || e.end > '2025-03-31'),
    );
    const shortBreakOnly = new Set(
      open.filter((e) => e.legalStatus === 'V3' || e.legalStatus === 'V4').map((e) => e.childId),
    );
    expect(report.indicators.claAt31March.total).toBe(
      new Set(open.map((e) => e.childId)).size - shortBreakOnly.size,
    );
    expect(Object.keys(report.indicators.placementMixAt31March)).toEqual([
      'byPlaceCode',
      'byCategory',
      'byDfeGrouping',
    ]);
    expect(report.indicators).toHaveProperty('threeOrMorePlacements.percentage');
    expect(report.indicators).toHaveProperty('longTermStability.of');
    expect(report.indicators).toHaveProperty(
      'distanceLocality.at31March.total',
      report.indicators.claAt31March.total,
    );
    for (const f of report.findings) expect(f.ruleId).toMatch(/^ENG-\d\d$/);
    expect(report.authority).toMatchObject({ code: 'E08000035', nation: 'england' });
  });

  it('writes a self-contained HTML page', async () => {
    const { io } = capture();
    const out = join(dir, 'report.html');
    expect(
      await runCli(
        ['sufficiency', 'report', dir, '--la', 'E08000035', '--year', '2024-25', '--html', out],
        io,
      ),
    ).toBe(0);
    const html = await readFile(out, 'utf8');
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<script|(src|href)=/);
  });

  it('prints Markdown by default and rejects a bad GSS code', async () => {
    const md = capture();
    expect(
      await runCli(['sufficiency', 'report', dir, '--la', 'E08000035', '--year', '2024-25'], md.io),
    ).toBe(0);
    expect(md.out.join('')).toContain('## Key figures');
    const bad = capture();
    expect(await runCli(['sufficiency', 'report', dir, '--la', 'Leeds', '--year', '2024-25'], bad.io)).toBe(
      2,
    );
    expect(bad.err.join('')).toContain('--la');
  });
});

describe('placewise sufficiency report over two years, the reported one without a UASC file', () => {
  it('shows UASC as not recorded, though the earlier year had a UASC table', async () => {
    const authority = generateAuthority({
      seed: 11,
      children: 60,
      authority: 'E08000035',
      startYear: 2023,
      years: 2,
    });
    const dir = await mkdtemp(join(tmpdir(), 'placewise-uasc-years-'));
    try {
      // 2023-24 in its folder with all its files; 2024-25 at the top without its uasc.csv, as a council
      // whose system stopped exporting that table might send it.
      for (const file of writeSyntheticReturns(authority).files) {
        if (file.name === '2024-25/uasc.csv') continue;
        const path = join(dir, file.name.startsWith('2024-25/') ? file.name.slice(8) : file.name);
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, file.content);
      }
      const { io, out } = capture();
      await runCli(['sufficiency', 'report', dir, '--la', 'E08000035', '--year', '2024-25', '--json'], io);
      const report = JSON.parse(out.join(''));
      expect(report.coverage.tables.UASC).toBeUndefined();
      expect(report.indicators.uasc.recorded).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

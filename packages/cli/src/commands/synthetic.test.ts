import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Fee, LocalAuthority, Referral, Setting, Vacancy } from '@placewise/model';
import { readReturn } from '@placewise/ssda903';
import { describe, expect, it } from 'vitest';
import { capture } from '../../test/capture.js';
import { runCli } from '../program.js';

async function csvFiles(dir: string) {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.csv'));
  return Promise.all(names.map(async (name) => ({ name, content: await readFile(join(dir, name), 'utf8') })));
}

describe('placewise synthetic', () => {
  it('writes the CSV return under councils’ file names plus model JSON, readable with zero issues', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pw-synthetic-'));
    const { io, err } = capture();
    expect(await runCli(['synthetic', '--seed', '1', '--children', '120', '--out', dir], io)).toBe(0);
    const names = await readdir(dir);
    for (const name of [
      'header.csv',
      'episodes.csv',
      'authority.json',
      'settings.json',
      'vacancies.json',
      'referrals.json',
      'fees.json',
    ]) {
      expect(names).toContain(name);
    }
    const read = readReturn(await csvFiles(dir), { collectionYear: '2024-25' });
    expect(read.issues).toEqual([]);
    expect(read.value.children.length).toBeGreaterThan(50);
    const load = async (name: string) => JSON.parse(await readFile(join(dir, name), 'utf8'));
    LocalAuthority.parse(await load('authority.json'));
    for (const s of await load('settings.json')) Setting.parse(s);
    for (const v of await load('vacancies.json')) Vacancy.parse(v);
    for (const r of await load('referrals.json')) Referral.parse(r);
    for (const f of await load('fees.json')) Fee.parse(f);
    expect(err()).toMatch(/Wrote \d+ files/);
  });

  it('is byte-identical for the same seed', async () => {
    const [a, b] = [await mkdtemp(join(tmpdir(), 'pw-a-')), await mkdtemp(join(tmpdir(), 'pw-b-'))];
    await runCli(['synthetic', '--seed', '7', '--children', '40', '--out', a], capture().io);
    await runCli(['synthetic', '--seed', '7', '--children', '40', '--out', b], capture().io);
    for (const name of await readdir(a)) {
      expect(await readFile(join(b, name), 'utf8')).toBe(await readFile(join(a, name), 'utf8'));
    }
  });

  it('writes one folder per collection year with --years', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pw-years-'));
    expect(await runCli(['synthetic', '--children', '60', '--years', '3', '--out', dir], capture().io)).toBe(
      0,
    );
    const names = await readdir(dir);
    expect(names).toEqual(expect.arrayContaining(['2022-23', '2023-24', '2024-25', 'authority.json']));
    for (const year of ['2022-23', '2023-24', '2024-25']) {
      const read = readReturn(await csvFiles(join(dir, year)), { collectionYear: year });
      expect(read.issues).toEqual([]);
    }
  });

  it('writes faults.json saying where each deliberate fault is', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pw-faults-'));
    const args = [
      'synthetic',
      '--children',
      '200',
      '--out',
      dir,
      '--faults',
      '0.01',
      '--fault-kinds',
      'overlap,missing-urn',
    ];
    expect(await runCli(args, capture().io)).toBe(0);
    const faults = JSON.parse(await readFile(join(dir, 'faults.json'), 'utf8'));
    expect(faults.length).toBeGreaterThan(0);
    const read = readReturn(await csvFiles(dir), { collectionYear: '2024-25' });
    for (const fault of faults) {
      expect(read.issues).toContainEqual(
        expect.objectContaining({
          code: fault.code,
          location: expect.objectContaining({ file: fault.file, row: fault.row }),
        }),
      );
    }
  });

  it('takes children’s homes from Ofsted’s list with --ofsted', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pw-ofsted-'));
    const args = ['synthetic', '--children', '150', '--authority', 'E08000035', '--ofsted', '--out', dir];
    expect(await runCli(args, capture().io)).toBe(0);
    const settings = JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')) as {
      type: string;
      urn?: string;
    }[];
    expect(settings.some((s) => s.type === 'childrens-home' && !s.urn?.startsWith('SC9'))).toBe(true);
  });

  it('rejects bad options with exit code 2', async () => {
    const { io, err } = capture();
    expect(await runCli(['synthetic', '--children', 'lots', '--out', tmpdir()], io)).toBe(2);
    expect(err()).toMatch(/--children/);
    expect(
      await runCli(['synthetic', '--fault-kinds', 'gremlins', '--faults', '0.1', '--out', tmpdir()], io),
    ).toBe(2);
  });
});

import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../io.js';
import { runCli } from '../program.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

// Two years of returns as a council's system exports them, one folder a year. 40 children, each in the
// Header of both years (SEX 1/2 until 2023-24, M/F from 2024-25) with one open episode begun in 2023-24.
const IDS = Array.from({ length: 40 }, (_, i) => `F${String(i + 1).padStart(2, '0')}`);
const EPISODE_COLUMNS =
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';
const header = (sex: string, extra: string[] = []) =>
  [
    'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB',
    ...IDS.map((id) => `${id},${sex},01/05/2010,WBRI,UN1,,`),
    ...extra,
  ].join('\r\n');
const episodes = (extra: string[] = []) =>
  [
    EPISODE_COLUMNS,
    ...IDS.map((id, i) => `${id},${String((i % 28) + 1).padStart(2, '0')}/06/2023,S,C2,N1,U1,PR1,,,,,,`),
    ...extra,
  ].join('\r\n');

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'placewise-forecast-coverage-'));
  await mkdir(join(root, '2023-24'), { recursive: true });
  await mkdir(join(root, '2024-25'), { recursive: true });
  await writeFile(join(root, '2023-24', 'header.csv'), header('1'));
  await writeFile(join(root, '2023-24', 'episodes.csv'), episodes());
  // A 41st child in 2024-25 whose only episode begins on 31/02/2024, a day that does not exist: rejected.
  await writeFile(join(root, '2024-25', 'header.csv'), header('M', ['F41,F,01/05/2011,WBRI,UN1,,']));
  await writeFile(join(root, '2024-25', 'episodes.csv'), episodes(['F41,31/02/2024,S,C2,N1,U1,PR1,,,,,,']));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const args = ['--horizon', '1y', '--samples', '10'];

describe('placewise sufficiency forecast states the rows its figures rest on', () => {
  it('in text, beside the figures', async () => {
    const c = capture();
    const code = await runCli(['sufficiency', 'forecast', root, ...args], c.io);
    // Header 40 + 41 = 81 read, all used; Episodes 40 + 41 = 81 read, 80 used: 161 of 162 (99%), complete.
    expect(c.out()).toContain(
      'Coverage: 161 of 162 Header and Episodes rows used (Header 81 of 81, Episodes 80 of 81).',
    );
    expect(c.out()).not.toContain('Incomplete');
    expect(code).toBe(0);
  });

  it('in HTML', async () => {
    const c = capture();
    const file = join(root, 'forecast.html');
    expect(await runCli(['sufficiency', 'forecast', root, ...args, '--html', file], c.io)).toBe(0);
    expect(await readFile(file, 'utf8')).toContain('Coverage: 161 of 162 Header and Episodes rows used');
  });

  it('and says, beside the figures, when they are incomplete', async () => {
    // The same two years, but 2023-24's Header written with M/F, codes that year does not have: its 40
    // rows are rejected. Header 41 of 81 used, Episodes 80 of 81: 121 of 162 (74.7%), under 95%.
    const dir = join(root, 'old-sex-codes');
    await mkdir(join(dir, '2023-24'), { recursive: true });
    await mkdir(join(dir, '2024-25'), { recursive: true });
    await writeFile(join(dir, '2023-24', 'header.csv'), header('M'));
    await writeFile(join(dir, '2023-24', 'episodes.csv'), episodes());
    await writeFile(join(dir, '2024-25', 'header.csv'), header('M', ['F41,F,01/05/2011,WBRI,UN1,,']));
    await writeFile(join(dir, '2024-25', 'episodes.csv'), episodes(['F41,31/02/2024,S,C2,N1,U1,PR1,,,,,,']));
    const c = capture();
    const code = await runCli(['sufficiency', 'forecast', dir, ...args], c.io);
    expect(c.out()).toContain(
      'Coverage: 121 of 162 Header and Episodes rows used (Header 41 of 81, Episodes 80 of 81).',
    );
    expect(c.out()).toContain('Incomplete: these figures are not to be relied on. Only 121 of 162');
    expect(code).toBe(1);
  });
});

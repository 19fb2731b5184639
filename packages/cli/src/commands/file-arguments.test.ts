/** Every file argument goes through the shared readers: `-` is standard input, a UTF-8 BOM is accepted. */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../program.js';

const BOM = '\uFEFF';
const HEADER = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB';
const EPISODES =
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';

/** Captures output, with `stdin` giving `input` as a `-` argument would read it. */
function withStdin(input: string) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      stdout: (t: string) => out.push(t),
      stderr: (t: string) => err.push(t),
      stdin: async () => new TextEncoder().encode(input),
    },
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

/**
 * A 2024-25 return at the top of the folder, as a case-management export writes it, with the 2023-24 return
 * in its own folder, a 2025-26 folder (after the year reported) and an `archive/` folder naming no year.
 * On 31 March 2025 only C1 is looked after: C2's episode ended on 1 January 2025, C3 starts in May 2025.
 */
async function returnsFolder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'placewise-file-args-'));
  const write = async (path: string, text: string) => {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  };
  await write(
    'header.csv',
    `${BOM}${HEADER}\r\nC1,M,01/06/2012,WBRI,UN1,,\r\nC2,F,01/06/2010,WBRI,UN1,,\r\n`,
  );
  await write(
    'episodes.csv',
    `${EPISODES}\r\nC1,01/04/2023,S,C2,N1,U1,PR1,,,,,,\r\nC2,01/05/2024,S,C2,N1,U1,PR1,01/01/2025,E11,,,,\r\n`,
  );
  await write('2023-24/header.csv', `${HEADER}\nC1,1,01/06/2012,WBRI,UN1,,\n`);
  await write('2023-24/episodes.csv', `${EPISODES}\nC1,01/04/2023,S,C2,N1,U1,PR1,,,,,,\n`);
  await write('2025-26/header.csv', `${HEADER}\nC3,F,01/06/2011,WBRI,UN1,,\n`);
  await write('2025-26/episodes.csv', `${EPISODES}\nC3,01/05/2025,S,C2,N1,U1,PR1,,,,,,\n`);
  await write('archive/old.csv', `${HEADER}\nC9,1,01/06/2009,WBRI,UN1,,\n`);
  return dir;
}

describe('placewise sufficiency report reading several years', () => {
  it('reads the top-level files as the year reported and earlier year folders, leaving later ones out', async () => {
    const c = withStdin('');
    const dir = await returnsFolder();
    expect(await runCli(['sufficiency', 'report', dir, '--la', 'E08000035', '--json'], c.io), c.err()).toBe(
      0,
    );
    const report = JSON.parse(c.out());
    expect(report.collectionYear).toBe('2024-25');
    expect(report.status).toBe('complete');
    expect(report.indicators.claAt31March.total).toBe(1);
    expect(c.err()).toContain('Collection year 2024-25');
    expect(c.err()).toContain('Left out 2025-26');
    expect(c.err()).toMatch(/archive\/old\.csv.*year\.not-found/);
  });

  it('reads --settings from standard input with a BOM, leaving out (and saying) an invalid record', async () => {
    const setting = {
      id: 'S1',
      type: 'childrens-home',
      category: 'childrens-home',
      registration: 'registered',
      places: 4,
      ageRange: { min: 11, max: 17 },
      sexes: ['male', 'female'],
      ownership: 'private',
      location: { postcode: 'LS8 2BB', authority: 'E08000035', nation: 'england' },
    };
    const dir = await returnsFolder();
    const args = ['sufficiency', 'report', dir, '--la', 'E08000035', '--year', '2024-25', '--json'];
    const c = withStdin(`${BOM}${JSON.stringify({ settings: [setting, { id: 'S2' }] })}`);
    expect(await runCli([...args, '--settings', '-'], c.io), c.err()).toBe(0);
    const left = c
      .err()
      .split('\n')
      .filter((l) => l.includes('record left out'));
    expect(left.length).toBeGreaterThan(0);
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(/^error standard input, 1\.type: .*\(and \d+ more\); record left out\.$/);
    const notJson = withStdin(`${BOM}settings: none`);
    expect(await runCli([...args, '--settings', '-'], notJson.io)).toBe(2);
    expect(notJson.err()).toContain('standard input is not valid JSON');
  });
});

describe('placewise ssda903 check and pseudonymise with -', () => {
  it('checks a table piped on standard input, BOM and all', async () => {
    const c = withStdin(`${BOM}${HEADER}\r\nC1,M,01/06/2012,WBRI,UN1,,\r\nC2,Q,01/06/2010,WBRI,UN1,,\r\n`);
    expect(await runCli(['ssda903', 'check', '-', '--year', '2024-25', '--json'], c.io)).toBe(1);
    const report = JSON.parse(c.out());
    expect(report.tables).toEqual([
      { table: 'Header', file: 'standard input', rows: 2, accepted: 1, rejected: 1 },
    ]);
    expect(report.issues.map((i: { code: string }) => i.code)).toEqual(['sex.invalid']);
  });

  it('reads an XML return piped on standard input, its year from the data', async () => {
    const xml = `${BOM}<?xml version="1.0"?><Message><Children><CHILD><HEADER><CHILDID>X1</CHILDID><SEX>2</SEX><DOB>2010-01-01</DOB></HEADER><EPISODE><DECOM>2017-05-01</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PLACE>U1</PLACE><PLACE_PROVIDER>PR1</PLACE_PROVIDER></EPISODE></CHILD></Children></Message>`;
    const c = withStdin(xml);
    expect(await runCli(['ssda903', 'check', '-', '--json'], c.io), c.err()).toBe(0);
    expect(c.err()).toContain('Collection year 2017-18');
    const report = JSON.parse(c.out());
    // The XML reader lists every table; those with rows are the two the XML holds.
    const withRows = report.tables.filter((t: { rows: number }) => t.rows > 0);
    expect(withRows.map((t: { table: string; rows: number }) => [t.table, t.rows])).toEqual([
      ['Header', 1],
      ['Episodes', 1],
    ]);
  });

  it('reads the key file from standard input', async () => {
    const dir = await returnsFolder();
    const out = join(dir, 'shared');
    const c = withStdin('a council secret\n');
    expect(
      await runCli(['ssda903', 'pseudonymise', dir, out, '--key-file', '-', '--year', '2024-25'], c.io),
      c.err(),
    ).toBe(0);
    expect(c.err()).toContain('pseudonymised file(s)');
    const empty = withStdin('\r\n');
    expect(
      await runCli(['ssda903', 'pseudonymise', dir, out, '--key-file', '-', '--year', '2024-25'], empty.io),
    ).toBe(2);
    expect(empty.err()).toContain('The key file is empty.');
  });
});

import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capture } from '../../test/capture.js';
import { runCli } from '../program.js';

const HEADER =
  'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\nC001,F,14/02/2010,WBRI,A123456789012,0,\r\nC002,M,03/07/2008,MWBA,UN2,,\r\n';
const EPISODES =
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\r\n' +
  'C001,01/04/2024,S,C2,N1,U4,PR1,,,,LS6 1AA,LS8 2BB,SC000001\r\n' +
  'C002,10/05/2024,S,V2,N4,K2,PR4,20/08/2024,E4A,,BD1 1AA,HX1 1AA,SC000002\r\n';

async function returnDir(episodes = EPISODES): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'placewise-ssda903-'));
  await writeFile(join(dir, 'header.csv'), HEADER);
  await writeFile(join(dir, '2024-Episodes.CSV'), episodes);
  return dir;
}

describe('placewise ssda903 check', () => {
  it('prints each table and exits 0 for a clean return', async () => {
    const { io, out } = capture();
    expect(await runCli(['ssda903', 'check', await returnDir(), '--year', '2024-25'], io)).toBe(0);
    expect(out()).toMatch(/Episodes\s+2024-Episodes.CSV\s+2\s+2\s+0/);
    expect(out()).toContain('No issues.');
  });

  it('prints JSON tables and issues, and exits 1 when there is an error', async () => {
    const bad = `${EPISODES}C009,01/04/2024,S,C2,N1,U4,PR1,,,,LS6 1AA,LS8 2BB,SC000001\r\n`;
    const { io, out, err } = capture();
    expect(await runCli(['ssda903', 'check', await returnDir(bad), '--json'], io)).toBe(1);
    const report = JSON.parse(out());
    expect(report.tables).toEqual([
      { table: 'Episodes', file: '2024-Episodes.CSV', rows: 3, accepted: 2, rejected: 1 },
      { table: 'Header', file: 'header.csv', rows: 2, accepted: 2, rejected: 0 },
    ]);
    expect(report.issues).toEqual([
      {
        code: 'episode.no-header',
        severity: 'error',
        message: 'No Header row has this CHILD.',
        location: { file: '2024-Episodes.CSV', table: 'Episodes', row: 3, column: 'CHILD' },
      },
    ]);
    expect(err()).toContain('1 error(s) found.');
  });

  it('reads the XML form from a single file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'placewise-ssda903-'));
    const xml =
      '<Message><CHILD><HEADER><CHILDID>C1</CHILDID><SEX>M</SEX><DOB>2010-01-01</DOB></HEADER>' +
      '<EPISODE><DECOM>2024-05-01</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>P1</PL></EPISODE></CHILD></Message>';
    await writeFile(join(dir, 'return.xml'), xml);
    const { io, out } = capture();
    expect(await runCli(['ssda903', 'check', join(dir, 'return.xml'), '--json'], io)).toBe(0);
    const report = JSON.parse(out());
    expect(report.tables.find((t: { table: string }) => t.table === 'Episodes')).toMatchObject({
      rows: 1,
      accepted: 1,
    });
  });

  it('refuses a malformed year and a missing path with exit code 2', async () => {
    expect(await runCli(['ssda903', 'check', await returnDir(), '--year', '2024'], capture().io)).toBe(2);
    expect(await runCli(['ssda903', 'check', join(tmpdir(), 'no-such-dir-placewise')], capture().io)).toBe(2);
  });
});

describe('placewise ssda903 pseudonymise', () => {
  it('writes CSVs with hashed ids, coarsened dates and postcodes, the same for the same key', async () => {
    const input = await returnDir();
    const keyFile = join(input, '..', `key-${Date.now()}.txt`);
    await writeFile(keyFile, 'council-secret\n');
    const outA = await mkdtemp(join(tmpdir(), 'placewise-out-'));
    const outB = await mkdtemp(join(tmpdir(), 'placewise-out-'));
    expect(await runCli(['ssda903', 'pseudonymise', input, outA, '--key-file', keyFile], capture().io)).toBe(
      0,
    );
    expect(await runCli(['ssda903', 'pseudonymise', input, outB, '--key-file', keyFile], capture().io)).toBe(
      0,
    );
    expect((await readdir(outA)).sort()).toEqual(['episodes.csv', 'header.csv']);
    const header = await readFile(join(outA, 'header.csv'), 'utf-8');
    const episodes = await readFile(join(outA, 'episodes.csv'), 'utf-8');
    expect(header).not.toMatch(/C00[12]|A123456789012|14\/02\/2010/);
    expect(header).toContain('01/02/2010');
    expect(episodes).toContain('LS6 1,LS8 2');
    expect(episodes).not.toContain('LS6 1AA');
    expect(await readFile(join(outB, 'header.csv'), 'utf-8')).toBe(header);
  });

  it('keeps a key saved by Notepad with a byte-order mark as it is, and says what it holds (never the key)', async () => {
    const input = await returnDir();
    const plain = join(input, '..', `key-plain-${Date.now()}.txt`);
    const withBom = join(input, '..', `key-bom-${Date.now()}.txt`);
    await writeFile(plain, 'council-secret\n');
    // The same key as Windows Notepad saved UTF-8 before 2019: EF BB BF, the key, CR LF.
    await writeFile(
      withBom,
      new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('council-secret\r\n')]),
    );
    const outPlain = await mkdtemp(join(tmpdir(), 'placewise-out-'));
    const outBom = await mkdtemp(join(tmpdir(), 'placewise-out-'));
    const quiet = capture();
    expect(await runCli(['ssda903', 'pseudonymise', input, outPlain, '--key-file', plain], quiet.io)).toBe(0);
    expect(quiet.err()).not.toContain('key.');
    const noted = capture();
    expect(await runCli(['ssda903', 'pseudonymise', input, outBom, '--key-file', withBom], noted.io)).toBe(0);
    // The pseudonyms differ (the mark is part of the key as given), and the user is told why.
    const header = (dir: string) => readFile(join(dir, 'header.csv'), 'utf-8');
    expect(await header(outBom)).not.toBe(await header(outPlain));
    expect(noted.err()).toContain('starts with a UTF-8 byte-order mark, which is read as part of the key');
    expect(noted.err()).toContain('(key.encoding)');
    expect(noted.err()).not.toContain('council-secret');
  });

  it('says when a key ends with a space', async () => {
    const input = await returnDir();
    const keyFile = join(input, '..', `key-space-${Date.now()}.txt`);
    await writeFile(keyFile, 'council-secret \n');
    const c = capture();
    expect(
      await runCli(['ssda903', 'pseudonymise', input, join(input, 'out2'), '--key-file', keyFile], c.io),
    ).toBe(0);
    expect(c.err()).toContain('(key.spaces)');
  });

  it('refuses an empty key file', async () => {
    const input = await returnDir();
    const keyFile = join(input, 'empty.key');
    await writeFile(keyFile, '\n');
    const { io, err } = capture();
    expect(
      await runCli(['ssda903', 'pseudonymise', input, join(input, 'out'), '--key-file', keyFile], io),
    ).toBe(2);
    expect(err()).toContain('The key file is empty.');
  });
});

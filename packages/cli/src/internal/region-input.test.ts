import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateRegion } from '@placewise/synthetic';
import { describe, expect, it } from 'vitest';
import { capture } from '../../test/capture.js';
import { writeRegionFolders } from '../../test/region-folders.js';
import { CliExit } from '../io.js';
import { loadAuthority, reportReadingOf } from './listed-authority.js';
import { listRegionDir } from './region-input.js';

/** Two folders of 1.2 MB each (so each prints its progress lines), then two with no return file. */
async function region(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pw-region-input-'));
  const big = `CHILD,DECOM\n${'C1,01/04/2024\n'.repeat(43_000)}`;
  for (const [gss, names] of [
    ['E08000032', ['a.csv', 'b.csv']],
    ['E08000033', ['c.csv', 'd.csv']],
  ] as const) {
    await mkdir(join(dir, gss));
    for (const name of names) await writeFile(join(dir, gss, name), big);
  }
  await mkdir(join(dir, 'E08000034'));
  await mkdir(join(dir, 'E08000035'));
  return dir;
}

describe('listRegionDir listing folders ahead', () => {
  it('fails as listing one folder after another would, before any file is read', async () => {
    const dir = await region();
    const { io, err } = capture();
    const failure = await listRegionDir(dir, '2024-25', io).catch((e: unknown) => e);
    // The first folder in order that cannot be read, not whichever failed first.
    expect(failure).toBeInstanceOf(CliExit);
    expect(String((failure as Error).message)).toContain('E08000034');
    expect(String((failure as Error).message)).not.toContain('E08000035');
    // Nothing was read, so no progress was said.
    expect(err()).toBe('');
  });

  it('reads a folder when its turn comes: progress named with its authority’s folder, a file gone since listing ending the command', async () => {
    const dir = await region();
    await rm(join(dir, 'E08000034'), { recursive: true });
    await rm(join(dir, 'E08000035'), { recursive: true });
    const { io, err } = capture();
    const { authorities } = await listRegionDir(dir, '2024-25', io);
    // Listed, not read: each file where it is and its size (43,000 rows of 14 bytes and the header).
    expect(authorities[0]?.files).toEqual([
      { name: 'a.csv', path: join(dir, 'E08000032', 'a.csv'), size: 602_012 },
      { name: 'b.csv', path: join(dir, 'E08000032', 'b.csv'), size: 602_012 },
    ]);
    expect(err()).toBe('');
    const [first, second] = authorities as [(typeof authorities)[0], (typeof authorities)[0]];
    reportReadingOf(first, io);
    expect(err().trim().split('\n')).toEqual([
      'Reading E08000032/a.csv (1/2, 0.6 MB)',
      'Reading E08000032/b.csv (2/2, 0.6 MB)',
    ]);
    const read = loadAuthority(first);
    expect(read.files.map((f) => [f.name, f.content.length])).toEqual([
      ['a.csv', 602_012],
      ['b.csv', 602_012],
    ]);
    await rm(join(dir, 'E08000033', 'd.csv'));
    const gone = (() => {
      try {
        return loadAuthority(second);
      } catch (error) {
        return error;
      }
    })();
    expect(gone).toBeInstanceOf(CliExit);
    expect(gone).toMatchObject({ exitCode: 2, code: 'file.not-found' });
    expect(String((gone as Error).message)).toBe(
      `Cannot read ${join(dir, 'E08000033', 'd.csv')}: no such file or directory.`,
    );
  });

  it('gives every folder’s files in the folders’ order', async () => {
    const ok = await mkdtemp(join(tmpdir(), 'pw-region-input-ok-'));
    for (const gss of ['E08000036', 'E08000032', 'E08000035', 'E08000033']) {
      await mkdir(join(ok, gss));
      await writeFile(join(ok, gss, `${gss}.csv`), 'CHILD,DECOM\nC1,01/04/2024\n');
    }
    const read = await listRegionDir(ok, '2024-25', capture().io);
    expect(read.authorities.map((r) => [r.gss, r.files.map((f) => f.name)])).toEqual([
      ['E08000032', ['E08000032.csv']],
      ['E08000033', ['E08000033.csv']],
      ['E08000035', ['E08000035.csv']],
      ['E08000036', ['E08000036.csv']],
    ]);
  });
});

describe('listRegionDir telling the year', () => {
  // No --year: the first folder's own files are read to tell the year, and kept; an XML return filed in
  // a folder whose name has no year is read for the year inside it. Nothing else is read.
  it('reads the first folder’s files and an XML file named with no year, and lists the rest', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pw-region-year-'));
    const [first, second] = generateRegion({ seed: 5, authorities: 2, children: 30 });
    await writeRegionFolders(dir, [first, second] as NonNullable<typeof first>[], '2024-25');
    const gss = first?.authority.code as string;
    const xml =
      '<?xml version="1.0"?>\n<Message><Header><CollectionDetails><Collection>SSDA903</Collection><Year>2024</Year></CollectionDetails></Header><Children/></Message>\n';
    await mkdir(join(dir, gss, 'archive'));
    await writeFile(join(dir, gss, 'archive', 'return.xml'), xml);
    const { io, err } = capture();
    const { authorities, year } = await listRegionDir(dir, undefined, io);
    expect(year).toBe('2024-25');
    expect(err()).toBe('');
    const [a, b] = [...authorities].sort((x, y) => (x.gss === gss ? -1 : y.gss === gss ? 1 : 0));
    const isRead = (f: { name: string }) => 'content' in f;
    // The first folder in order was read to tell the year; which one that is depends on the codes.
    const readFirst = authorities[0];
    expect(readFirst?.files.every(isRead)).toBe(true);
    expect(authorities[1]?.files.some(isRead)).toBe(false);
    // The XML file sits with 2023-24, the year inside it, read; the CSV files beside it are only listed.
    const earlier = a?.earlier?.find((e) => e.collectionYear === '2023-24');
    expect(earlier?.files.find((f) => f.name === 'archive/return.xml')).toEqual({
      name: 'archive/return.xml',
      content: new TextEncoder().encode(xml),
    });
    expect(earlier?.files.filter((f) => f.name.startsWith('2023-24/')).some(isRead)).toBe(false);
    expect(b?.earlier?.map((e) => e.collectionYear)).toEqual(['2022-23', '2023-24']);
  });
});

describe('listRegionDir leaving nothing out unseen', () => {
  // A region's directory as people assemble one by hand: a folder with a lower-case code, one with the
  // authority's name after its code, one for notes, a fee file beside the folders, a hidden file, and in
  // the one good folder, a year after the one reported, the year reported again, and a folder with no year.
  it('says on stderr each folder and file it does not read, and why', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pw-region-left-out-'));
    const episodes = 'CHILD,DECOM\r\nC1,01/04/2024\r\n';
    const files: [string, string][] = [
      ['E08000032/episodes.csv', episodes],
      ['E08000032/2023-24/episodes.csv', episodes],
      ['E08000032/2023-24/header.csv', 'CHILD,SEX,DOB\r\n'],
      ['E08000032/2025-26/episodes.csv', episodes],
      ['E08000032/2024-25/episodes.csv', episodes],
      ['E08000032/old/header.csv', 'CHILD,SEX,DOB\r\n'],
      ['E08000032/old/episodes.csv', episodes],
      ['e08000033/episodes.csv', episodes],
      ['E08000034 Leeds/episodes.csv', episodes],
      ['Notes/readme.csv', 'a,b\n'],
    ];
    for (const [path, content] of files) {
      await mkdir(join(dir, path, '..'), { recursive: true });
      await writeFile(join(dir, path), content);
    }
    await writeFile(join(dir, 'fees.csv'), 'amount,unit,from\n');
    await writeFile(join(dir, '.DS_Store'), '');
    const { io, err } = capture();
    const read = await listRegionDir(dir, '2024-25', io);
    expect(
      read.authorities.map((r) => [r.gss, r.files.length, r.earlier?.map((e) => e.collectionYear)]),
    ).toEqual([['E08000032', 1, ['2023-24']]]);
    expect(err().trim().split('\n')).toEqual([
      'Left out E08000034 Leeds/: not named by a GSS code (e.g. E08000035); rename it E08000034/ to read it.',
      'Left out Notes/: not named by a GSS code (e.g. E08000035).',
      'Left out e08000033/: not named by a GSS code (e.g. E08000035); rename it E08000033/ to read it.',
      'Left out fees.csv: a file beside the authority folders, not in one.',
      'Left out E08000032/2024-25/ (1 file): the year reported (2024-25) is read from the files directly in E08000032/.',
      'Left out E08000032/2025-26/ (1 file): after the year reported (2024-25).',
      'Left out E08000032/old/ (2 files): no collection year in its folder or file name (e.g. 2023-24/).',
    ]);
  });

  // A region folder a cooperative makes of links to each council's export, one council's link left behind
  // after its export moved.
  it.skipIf(process.platform === 'win32')(
    'reads authority folders that are symbolic links, and says which link points to nothing',
    async () => {
      const exports = await mkdtemp(join(tmpdir(), 'pw-region-exports-'));
      const episodes = 'CHILD,DECOM\r\nC1,01/04/2024\r\n';
      for (const path of ['leeds/episodes.csv', 'leeds/2023-24/episodes.csv', 'york/episodes.csv']) {
        await mkdir(join(exports, path, '..'), { recursive: true });
        await writeFile(join(exports, path), episodes);
      }
      const dir = await mkdtemp(join(tmpdir(), 'pw-region-links-'));
      await symlink(join(exports, 'leeds'), join(dir, 'E08000035'));
      await symlink(join(exports, 'york'), join(dir, 'E06000014'));
      await symlink(join(exports, 'wakefield'), join(dir, 'E08000036'));
      const { io, err } = capture();
      const read = await listRegionDir(dir, '2024-25', io);
      expect(
        read.authorities.map((r) => [r.gss, r.files.length, r.earlier?.map((e) => e.collectionYear)]),
      ).toEqual([
        ['E06000014', 1, undefined],
        ['E08000035', 1, ['2023-24']],
      ]);
      expect(err().trim().split('\n')).toEqual([
        'Left out E08000036: a symbolic link to nothing that can be read.',
      ]);
    },
  );
});

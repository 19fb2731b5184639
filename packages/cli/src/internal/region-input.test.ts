import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capture } from '../../test/capture.js';
import { readRegionDir } from './region-input.js';

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

describe('readRegionDir reading folders ahead', () => {
  it('prints progress (each file named with its authority’s folder) and fails as reading one folder after another would', async () => {
    const dir = await region();
    const { io, err } = capture();
    const failure = await readRegionDir(dir, '2024-25', io).catch((e: unknown) => e);
    // The first folder in order that cannot be read, not whichever failed first.
    expect(String((failure as Error).message)).toContain('E08000034');
    expect(String((failure as Error).message)).not.toContain('E08000035');
    expect(
      err()
        .trim()
        .split('\n')
        .map((line) => line.split(' ')[1]),
    ).toEqual(['E08000032/a.csv', 'E08000032/b.csv', 'E08000033/c.csv', 'E08000033/d.csv']);
  });

  it('gives every folder’s files in the folders’ order', async () => {
    const ok = await mkdtemp(join(tmpdir(), 'pw-region-input-ok-'));
    for (const gss of ['E08000036', 'E08000032', 'E08000035', 'E08000033']) {
      await mkdir(join(ok, gss));
      await writeFile(join(ok, gss, `${gss}.csv`), 'CHILD,DECOM\nC1,01/04/2024\n');
    }
    const read = await readRegionDir(ok, '2024-25', capture().io);
    expect(read.returns.map((r) => [r.gss, r.files.map((f) => f.name)])).toEqual([
      ['E08000032', ['E08000032.csv']],
      ['E08000033', ['E08000033.csv']],
      ['E08000035', ['E08000035.csv']],
      ['E08000036', ['E08000036.csv']],
    ]);
  });
});

describe('readRegionDir leaving nothing out unseen', () => {
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
    const read = await readRegionDir(dir, '2024-25', io);
    expect(read.returns.map((r) => [r.gss, r.files.length, r.earlier?.map((e) => e.collectionYear)])).toEqual(
      [['E08000032', 1, ['2023-24']]],
    );
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
      const read = await readRegionDir(dir, '2024-25', io);
      expect(
        read.returns.map((r) => [r.gss, r.files.length, r.earlier?.map((e) => e.collectionYear)]),
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

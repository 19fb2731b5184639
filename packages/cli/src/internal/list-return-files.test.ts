import { chmod, mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capture } from '../../test/capture.js';
import { listReturnFiles } from './list-return-files.js';

describe('listReturnFiles', () => {
  // A return folder as a council's team leaves it: the Episodes table saved as a workbook, a notes file,
  // a backup folder two levels down, a year folder, and the files a desktop leaves behind.
  it('reads .csv and .xml files and says which other files and folders it leaves out', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pw-list-'));
    const files = [
      'header.csv',
      'episodes.xlsx',
      'notes.txt',
      'UASC.CSV',
      '2023-24/episodes.csv',
      '2023-24/backup/episodes.csv',
      '.DS_Store',
    ];
    for (const name of files) {
      await mkdir(join(dir, name, '..'), { recursive: true });
      await writeFile(join(dir, name), 'CHILD\r\n');
    }
    await mkdir(join(dir, '.git'));
    const { io, err } = capture();
    const listed = await listReturnFiles(dir, io);
    expect(listed.map((f) => f.path)).toEqual(['2023-24/episodes.csv', 'UASC.CSV', 'header.csv']);
    expect(err().trim().split('\n')).toEqual([
      'Left out 2023-24/backup/: files are read at most one folder down.',
      'Left out episodes.xlsx: not a .csv or .xml file (save each sheet as CSV to read it).',
      'Left out notes.txt: not a .csv or .xml file.',
    ]);
    const flat = capture();
    await listReturnFiles(dir, flat.io, { depth: 0 });
    expect(flat.err()).toContain('Left out 2023-24/: only the files directly in the folder named are read.');
  });

  // A return assembled from links, as a data team links each table from where its system exports it: a
  // link to a file, a link to a year folder, and a link whose file was moved away.
  it.skipIf(process.platform === 'win32')(
    'follows symbolic links to files and folders and says which link points to nothing',
    async () => {
      const exports = await mkdtemp(join(tmpdir(), 'pw-exports-'));
      await mkdir(join(exports, 'y2324'));
      await writeFile(join(exports, 'episodes.csv'), 'CHILD\r\n1\r\n');
      await writeFile(join(exports, 'y2324', 'episodes.csv'), 'CHILD\r\n2\r\n');
      const dir = await mkdtemp(join(tmpdir(), 'pw-links-'));
      await writeFile(join(dir, 'header.csv'), 'CHILD\r\n');
      await symlink(join(exports, 'episodes.csv'), join(dir, 'episodes.csv'));
      await symlink(join(exports, 'y2324'), join(dir, '2023-24'));
      await symlink(join(exports, 'moved.csv'), join(dir, 'uasc.csv'));
      const { io, err } = capture();
      const listed = await listReturnFiles(dir, io);
      expect(listed.map((f) => [f.path, new TextDecoder().decode(f.content as Uint8Array)])).toEqual([
        ['2023-24/episodes.csv', 'CHILD\r\n2\r\n'],
        ['episodes.csv', 'CHILD\r\n1\r\n'],
        ['header.csv', 'CHILD\r\n'],
      ]);
      expect(err().trim().split('\n')).toEqual([
        'Left out uasc.csv: a symbolic link to nothing that can be read.',
      ]);
    },
  );

  // A table its owner locked (permissions 000), as a shared drive leaves one: the command ends naming it.
  // Root reads it anyway, so this runs only for other users.
  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)(
    'ends with the path and "permission denied" for a listed file it cannot read',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'pw-locked-'));
      await writeFile(join(dir, 'header.csv'), 'CHILD\r\n');
      await writeFile(join(dir, 'episodes.csv'), 'CHILD\r\n');
      await chmod(join(dir, 'episodes.csv'), 0o000);
      const { io } = capture();
      await expect(listReturnFiles(dir, io)).rejects.toThrow(
        `Cannot open ${join(dir, 'episodes.csv')}: permission denied.`,
      );
    },
  );
});

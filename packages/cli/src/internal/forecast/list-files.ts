import type { Dirent } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { YearFile } from '@placewise/ssda903';
import { CliExit } from '../../io.js';

const RETURN_FILE = /\.(csv|xml)$/i;

/** The .csv and .xml files in `dir` and its folders one level down, with paths relative to `dir`. */
export async function listReturnFiles(dir: string): Promise<YearFile[]> {
  const files: YearFile[] = [];
  const visit = async (relative: string, depth: number) => {
    let entries: Dirent[];
    try {
      entries = await readdir(join(dir, relative), { withFileTypes: true });
    } catch (error) {
      throw new CliExit(
        2,
        `Cannot read the folder ${join(dir, relative)} (${(error as NodeJS.ErrnoException).code ?? 'unreadable'}).`,
      );
    }
    for (const entry of entries) {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory() && depth > 0) await visit(path, depth - 1);
      else if (entry.isFile() && RETURN_FILE.test(entry.name))
        files.push({ path, content: new Uint8Array(await readFile(join(dir, path))) });
    }
  };
  await visit('', 1);
  return files;
}

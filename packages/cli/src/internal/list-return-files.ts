import { type Dirent, readFileSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { YearFile } from '@placewise/ssda903';
import { CliExit, type CliIo } from '../io.js';
import { kindOfEntry } from './entry-kind.js';
import { checkInputPath, describeFsError, displayName, readInputBytes, STDIN } from './files.js';

const RETURN_FILE = /\.(csv|xml)$/i;

/** Above this many bytes of input, reading reports progress on stderr. */
const PROGRESS_BYTES = 1_000_000;

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Options of {@link listReturnFiles}. */
export interface ListReturnFilesOptions {
  /** How many folder levels below the one named are looked into (0: its own files only). Default 1. */
  depth?: number;
  /** Named before each file in the progress lines (a region's authority folder, `E08000035/`). Default none. */
  progressPrefix?: string;
}

/** A return file listed but not read yet: its path relative to the folder named, and its size in bytes. */
export interface ListedPath {
  path: string;
  size: number;
}

/**
 * A folder's SSDA903 files listed (see {@link listReturnFiles}) and not read: what is left out is said on
 * stderr, and a folder with no `.csv` or `.xml` file ends the command with exit 2, as reading it would.
 * Read each with {@link readListedFile}.
 */
export async function listReturnPaths(
  folder: string,
  io: CliIo,
  options: ListReturnFilesOptions = {},
): Promise<ListedPath[]> {
  const paths: string[] = [];
  const visit = async (relative: string, depth: number) => {
    let entries: Dirent[];
    try {
      entries = await readdir(join(folder, relative), { withFileTypes: true });
    } catch (error) {
      throw describeFsError(join(folder, relative), error);
    }
    for (const entry of entries.sort(byName)) {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.name.startsWith('.')) continue; // .DS_Store, .git: not data
      const kind = await kindOfEntry(join(folder, relative), entry);
      if (kind === 'directory' && depth > 0) await visit(child, depth - 1);
      else if (kind === 'file' && RETURN_FILE.test(entry.name)) paths.push(child);
      else if (kind === 'directory') leftOut.push(`${child}/: ${reach}`);
      else if (kind === 'file')
        leftOut.push(
          `${child}: not a .csv or .xml file${/\.xlsx?$/i.test(entry.name) ? ' (save each sheet as CSV to read it)' : ''}`,
        );
      else if (kind === 'dangling') leftOut.push(`${child}: a symbolic link to nothing that can be read`);
      else leftOut.push(`${child}: not a regular file (a named pipe, socket or device)`);
    }
  };
  // What is not read is said, so a return missing a table because it came as a workbook is seen.
  const leftOut: string[] = [];
  const depth = options.depth ?? 1;
  const reach =
    depth === 0
      ? 'only the files directly in the folder named are read'
      : `files are read at most ${depth === 1 ? 'one folder' : `${depth} folders`} down`;
  await visit('', depth);
  for (const line of leftOut) io.stderr(`Left out ${options.progressPrefix ?? ''}${line}.\n`);
  if (paths.length === 0)
    throw new CliExit(2, `${folder} holds no .csv or .xml files.`, { code: 'file.no-returns' });
  return paths.map((path) => ({ path, size: readSync(join(folder, path), (at) => statSync(at).size) }));
}

/**
 * Says on stderr, a line per file, that a folder's listed files are being read, when they come to more
 * than 1 MB (`Reading E08000035/episodes.csv (1/3, 0.4 MB)`).
 */
export function reportReading(listed: readonly ListedPath[], io: CliIo, progressPrefix = ''): void {
  const total = listed.reduce((n, f) => n + f.size, 0);
  if (total <= PROGRESS_BYTES) return;
  for (const [i, { path, size }] of listed.entries())
    io.stderr(
      `Reading ${progressPrefix}${path} (${i + 1}/${listed.length}, ${(size / 1e6).toFixed(1)} MB)\n`,
    );
}

/**
 * A listed file's bytes, read in one call: a failure (gone since it was listed, no permission) ends the
 * command as reading a named file does. Read without waiting on promises: a region's 1,350 files took the
 * main thread about 230 ms through `fs/promises` (stat, access, open, stat, read, close, each a round trip),
 * and about 50 ms so.
 */
export function readListedFile(path: string): Uint8Array {
  return readSync(path, (at) => new Uint8Array(readFileSync(at)));
}

/**
 * The SSDA903 files the user named, for `readReturn` or `readReturnsByYear`: a folder's `.csv` and `.xml`
 * files (and its folders' down to `depth`, with paths relative to it, sorted), one file, or standard input for
 * `-`. A symbolic link counts as what it points to. Every other entry (a FIFO, a link to nothing, another
 * kind of file), and every folder deeper than `depth`, is said on stderr (`Left out …`); hidden ones
 * (`.DS_Store`) are not. Reports progress on stderr above 1 MB; a folder with no such file ends the
 * command with exit 2.
 */
export async function listReturnFiles(
  path: string,
  io: CliIo,
  options: ListReturnFilesOptions = {},
): Promise<YearFile[]> {
  if (path === STDIN) return [{ path: displayName(path), content: await readInputBytes(path, io) }];
  await checkInputPath(path, 'input-any');
  if (!(await stat(path)).isDirectory())
    return [{ path: basename(path), content: await readInputBytes(path, io) }];
  const listed = await listReturnPaths(path, io, options);
  reportReading(listed, io, options.progressPrefix);
  return listed.map((file) => ({ path: file.path, content: readListedFile(join(path, file.path)) }));
}

/** `read(path)`, a failure (gone since it was listed, no permission) ending the command as reading a named file does. */
function readSync<T>(path: string, read: (path: string) => T): T {
  try {
    return read(path);
  } catch (error) {
    throw describeFsError(path, error);
  }
}

import type { CollectionYear } from '@placewise/model';
import type { AuthorityReturn } from '@placewise/region';
import type { ReturnFile } from '@placewise/ssda903';
import type { CliIo } from '../io.js';
import { readListedFile, reportReading } from './list-return-files.js';

/**
 * A file of an authority's return, listed: its bytes when they have been read already (or were given), or
 * where to read them and how many there are.
 */
export type ListedFile = ReturnFile | { name: string; path: string; size: number };

/**
 * An authority's return as listed by `listRegionDir`: the shape of `AuthorityReturn` (which is one),
 * its files read by whichever thread reads and summarises it ({@link loadAuthority}), so that reading is
 * shared between the threads rather than done by one before any other can start.
 */
export interface ListedAuthority {
  gss: AuthorityReturn['gss'];
  files: readonly ListedFile[];
  earlier?: readonly { collectionYear: CollectionYear; files: readonly ListedFile[] }[];
}

/** Every file of a listed return, this year's and each earlier year's. */
export const filesOfListed = (listed: ListedAuthority): ListedFile[] => [
  ...listed.files,
  ...(listed.earlier ?? []).flatMap((e) => e.files),
];

/** A listed file's size: its bytes (or characters) when read, otherwise its size on disk. */
export const sizeOfListed = (file: ListedFile): number =>
  'content' in file ? file.content.length : file.size;

/**
 * Says on stderr that an authority's files are being read (`Reading E08000035/episodes.csv (1/9, 0.4 MB)`)
 * when they come to more than 1 MB: said when the authority is handed to the thread that reads it.
 */
export function reportReadingOf(listed: ListedAuthority, io: CliIo): void {
  const files = filesOfListed(listed)
    .map((f) => ({ path: f.name, size: sizeOfListed(f) }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  reportReading(files, io, `${listed.gss}/`);
}

/** A listed file with its bytes: read now (see `readListedFile`) unless they were read already. */
export const loadFile = (file: ListedFile): ReturnFile =>
  'content' in file ? file : { name: file.name, content: readListedFile(file.path) };

/**
 * A listed return's files read, as `readAuthority` takes it. A file gone since it was listed, or one that
 * cannot be opened, ends the command (exit 2) naming its path, as reading a named file does. Reads files
 * from disk: for the CLI and its worker threads, not for a library.
 */
export function loadAuthority(listed: ListedAuthority): AuthorityReturn {
  const earlier = listed.earlier?.map((e) => ({
    collectionYear: e.collectionYear,
    files: e.files.map(loadFile),
  }));
  return { gss: listed.gss, files: listed.files.map(loadFile), ...(earlier ? { earlier } : {}) };
}

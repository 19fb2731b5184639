import type { Dirent } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * What a folder's entry is, a symbolic link taken as what it points to: a region folder made of links to
 * each authority's export, or a return whose files are links, is read like one of real folders and files.
 * `dangling`: a link to nothing (or to what cannot be reached); `other`: a FIFO, socket or device.
 *
 * @example
 * const kind = await kindOfEntry('/data/region', entry); // 'directory' for E08000035 -> /exports/leeds
 */
export async function kindOfEntry(
  folder: string,
  entry: Dirent,
): Promise<'file' | 'directory' | 'dangling' | 'other'> {
  if (!entry.isSymbolicLink()) return entry.isDirectory() ? 'directory' : entry.isFile() ? 'file' : 'other';
  const target = await stat(join(folder, entry.name)).catch(() => undefined);
  if (!target) return 'dangling';
  return target.isDirectory() ? 'directory' : target.isFile() ? 'file' : 'other';
}

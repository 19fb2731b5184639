import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { benchmarkFees, readFees } from '@placewise/costs';
import { type CollectionYear, GssCode, type Placement } from '@placewise/model';
import type { TransformReturn } from '@placewise/region';
import { findCollectionYearOfFile, readReturn } from '@placewise/ssda903';
import { CliExit, type CliIo } from '../io.js';
import { inferYearOf } from './collection-year-flag.js';
import { kindOfEntry } from './entry-kind.js';
import { writeIssues } from './issue-lines.js';
import { type ListedPath, listReturnPaths } from './list-return-files.js';
import { type ListedAuthority, type ListedFile, loadFile } from './listed-authority.js';
import { readKeyFile } from './read-key-file.js';
import { readRecords } from './read-records.js';
import { pseudonymiseWith } from './summarise-return.js';

/** The stable code of every failure to read a region's folder (with `--json`, in the error object). */
const REGION_INPUT = { code: 'region.input' } as const;

/**
 * The folders of a region's directory named by GSS code, sorted; exits 2 when there is none. Everything else
 * in it (a folder named otherwise, a file beside the folders) is not read, and each is said on stderr, with
 * the GSS code a folder's name seems to hold (`e08000035`, `E08000035 Leeds`), so no authority is left out
 * of a regional total unseen. Hidden entries (`.DS_Store`) are passed over in silence. A symbolic link counts as
 * what it points to (a region folder of links to each authority's export).
 */
export async function listAuthorityFolders(dir: string, io: CliIo): Promise<string[]> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true, encoding: 'utf8' });
  } catch {
    throw new CliExit(2, `Cannot read ${dir}: no such directory.`, REGION_INPUT);
  }
  const folders: string[] = [];
  for (const e of [...entries].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.name.startsWith('.')) continue;
    const kind = await kindOfEntry(dir, e);
    if (kind === 'directory' && GssCode.safeParse(e.name).success) folders.push(e.name);
    else if (kind === 'directory') {
      const seems = /^[A-Za-z]\d{8}/.exec(e.name)?.[0]?.toUpperCase();
      const hint = seems && GssCode.safeParse(seems).success ? `; rename it ${seems}/ to read it` : '';
      io.stderr(`Left out ${e.name}/: not named by a GSS code (e.g. E08000035)${hint}.\n`);
    } else if (kind === 'dangling')
      io.stderr(`Left out ${e.name}: a symbolic link to nothing that can be read.\n`);
    else io.stderr(`Left out ${e.name}: a file beside the authority folders, not in one.\n`);
  }
  if (folders.length === 0)
    throw new CliExit(2, `${dir} holds no folders named by GSS code (e.g. E08000035/).`, REGION_INPUT);
  return folders;
}

/** A file's folder within an authority's folder: `2023-24/header.csv` → `2023-24/`. */
const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);

/**
 * Lists a directory of authority folders named by GSS code, reading no more than it must: each folder's own
 * CSV/XML files are the year reported, and files in its folders naming an earlier collection year
 * (`2023-24/`, found by the reader's own `findCollectionYearOfFile`) are merged in; later years are left
 * out. Without `year`, the first folder's files are read to tell it from the episodes' dates; a file whose
 * path names no year is read to look for one inside (an XML return's reference date). Every other file is
 * read later, by whichever thread reads and summarises its authority (`loadAuthority`). What is left out is
 * said on stderr, and a folder with nothing to read ends the command with exit 2 before anything is
 * summarised.
 * `listed`: the folders when `listAuthorityFolders` has already listed them.
 */
export async function listRegionDir(
  dir: string,
  year: CollectionYear | undefined,
  io: CliIo,
  listed?: readonly string[],
): Promise<{ authorities: ListedAuthority[]; year: CollectionYear }> {
  const folders = listed ?? (await listAuthorityFolders(dir, io));
  const authorities: ListedAuthority[] = [];
  let chosen = year;
  const listings = listAhead(dir, folders, io);
  for (const [i, gss] of folders.entries()) {
    // The lister's own exit 2 says what is wrong (no return files, unreadable, a FIFO…) and names the folder.
    const paths = await listings(i);
    const folder = join(dir, gss);
    const listedFile = ({ path, size }: ListedPath): ListedFile => ({
      name: path,
      path: join(folder, path),
      size,
    });
    let files = paths.filter((f) => !f.path.includes('/')).map(listedFile);
    if (files.length === 0) throw new CliExit(2, `${gss}/ holds no .csv or .xml files.`, REGION_INPUT);
    if (!chosen) {
      // The first folder's own files, read once: kept, so they are not read again.
      const read = files.map(loadFile);
      files = read;
      chosen = inferYearOf(readReturn(read));
    }
    if (!chosen)
      throw new CliExit(
        2,
        'Could not tell the collection year from the episodes; pass --year (e.g. 2024-25).',
        REGION_INPUT,
      );
    const byYear = new Map<CollectionYear, ListedFile[]>();
    // Files not read, by folder and reason, said once per folder rather than once per file.
    const leftOut = new Map<string, { folder: string; reason: string; files: number }>();
    for (const path of paths.filter((f) => f.path.includes('/'))) {
      let file = listedFile(path);
      // A year in the path needs no bytes; otherwise an XML return may say it inside, so the file is read now.
      let found = findCollectionYearOfFile({ path: path.path, content: '' });
      if (!found) {
        const read = loadFile(file);
        file = read;
        found = findCollectionYearOfFile({ path: path.path, content: read.content });
      }
      const exact = found?.exact;
      const reason =
        exact === undefined
          ? 'no collection year in its folder or file name (e.g. 2023-24/)'
          : exact > chosen
            ? `after the year reported (${chosen})`
            : exact === chosen
              ? `the year reported (${chosen}) is read from the files directly in ${gss}/`
              : undefined;
      if (reason === undefined) {
        byYear.set(exact as CollectionYear, [...(byYear.get(exact as CollectionYear) ?? []), file]);
        continue;
      }
      const inFolder = folderOf(path.path);
      const key = `${inFolder}\u0000${reason}`;
      const group = leftOut.get(key) ?? { folder: inFolder, reason, files: 0 };
      group.files += 1;
      leftOut.set(key, group);
    }
    for (const { folder: inFolder, reason, files: count } of leftOut.values())
      io.stderr(`Left out ${gss}/${inFolder} (${count} file${count === 1 ? '' : 's'}): ${reason}.\n`);
    const earlier = [...byYear.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([collectionYear, yearFiles]) => ({ collectionYear, files: yearFiles }));
    authorities.push({ gss, files, ...(earlier.length > 0 ? { earlier } : {}) });
  }
  return { authorities, year: chosen as CollectionYear };
}

/** How many folders are listed ahead of the one in use: listing waits on the disk, not on the processor. */
const READ_AHEAD = 8;

/**
 * Each folder's files (`listReturnPaths`), listed up to {@link READ_AHEAD} folders ahead of the one asked
 * for. A folder's lines (what it leaves out) are held until its turn and its failure thrown then, so what
 * the user sees is what listing the folders one by one shows.
 */
function listAhead(dir: string, folders: readonly string[], io: CliIo): (i: number) => Promise<ListedPath[]> {
  type Listing = { lines: string[]; paths?: ListedPath[]; error?: unknown };
  const started: Promise<Listing>[] = [];
  const start = (i: number) => {
    const lines: string[] = [];
    const held: CliIo = { ...io, stderr: (text) => lines.push(text) };
    started[i] = listReturnPaths(join(dir, folders[i] as string), held, {
      progressPrefix: `${folders[i] as string}/`,
    }).then(
      (paths) => ({ lines, paths }),
      (error: unknown) => ({ lines, error }),
    );
  };
  return async (i) => {
    for (let j = started.length; j <= Math.min(i + READ_AHEAD, folders.length - 1); j++) start(j);
    const listing = await (started[i] as Promise<Listing>);
    for (const line of listing.lines) io.stderr(line);
    if (listing.error !== undefined || !listing.paths) throw listing.error;
    return listing.paths;
  };
}

/**
 * The `--key-file` (or `-`) as a transform that pseudonymises each return as it is read. One pseudonymiser
 * serves every return of the run, so a child in several years' returns is hashed once, not once a year.
 */
export async function keyTransform(
  keyFile: string | undefined,
  io: CliIo,
): Promise<TransformReturn | undefined> {
  if (!keyFile) return undefined;
  return pseudonymiseWith(await readKeyFile(keyFile, io));
}

/**
 * Weekly costs from a fee file (CSV with a header row, or JSON; flat records in pounds or the model's `Fee`
 * objects in pence, as `costs benchmark` reads them), composed from `@placewise/costs` benchmarks: the median
 * weekly fee of each placement category, used for a child's current placement and for a new place.
 */
export async function weeklyCostsFrom(
  file: string,
  io: CliIo,
): Promise<{
  costOf: (placement: Placement) => number | undefined;
  medianOf: (category: string) => number | undefined;
  rejected: number;
}> {
  const input = await readRecords(file, io, 'fees');
  const read = readFees(input.records, { file: input.name });
  // Each record left out, and each warning, where it is: the medians rest on the records read.
  writeIssues(io, [...input.issues, ...read.issues]);
  const bench = benchmarkFees(
    read.value.map((r) => r.fee),
    { by: ['category'] },
  );
  const medians = new Map(bench.groups.map((g) => [g.key.category ?? '', g.median / 100]));
  const medianOf = (category: string) => medians.get(category);
  return { costOf: (p) => medianOf(p.category), medianOf, rejected: read.rejected };
}

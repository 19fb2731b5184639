import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { benchmarkFees, readFeeRecords } from '@placewise/costs';
import { CollectionYear, GssCode, type Placement } from '@placewise/model';
import type { AuthorityReturn } from '@placewise/region';
import { pseudonymiseReturn, type ReturnFile, readReturn, type Ssda903Return } from '@placewise/ssda903';
import Papa from 'papaparse';
import { CliExit } from '../io.js';
import { inferYearOf } from './collection-year-flag.js';

/** The stable code of every failure to read a region's folder (with `--json`, in the error object). */
const REGION_INPUT = { code: 'region.input' } as const;

async function filesIn(dir: string): Promise<ReturnFile[]> {
  const names = (await readdir(dir)).filter((n) => /\.(csv|xml)$/i.test(n)).sort();
  return Promise.all(
    names.map(async (n) => ({ name: n, content: new Uint8Array(await readFile(join(dir, n))) })),
  );
}

/**
 * Reads a directory of authority folders named by GSS code: each folder's CSV/XML files are the year
 * reported, and its folders named for earlier collection years (`2023-24/`) are merged in. Exits 2 when
 * there is nothing to read.
 */
export async function readRegionDir(
  dir: string,
  year: CollectionYear | undefined,
): Promise<{ returns: AuthorityReturn[]; year: CollectionYear }> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true, encoding: 'utf8' });
  } catch {
    throw new CliExit(2, `Cannot read ${dir}: no such directory.`, REGION_INPUT);
  }
  const folders = entries
    .filter((e) => e.isDirectory() && GssCode.safeParse(e.name).success)
    .map((e) => e.name)
    .sort();
  if (folders.length === 0)
    throw new CliExit(2, `${dir} holds no folders named by GSS code (e.g. E08000035/).`, REGION_INPUT);
  const returns: AuthorityReturn[] = [];
  let chosen = year;
  for (const gss of folders) {
    const path = join(dir, gss);
    const files = await filesIn(path);
    if (files.length === 0) throw new CliExit(2, `${gss}/ holds no .csv or .xml files.`, REGION_INPUT);
    chosen ??= inferYearOf(readReturn(files));
    if (!chosen)
      throw new CliExit(
        2,
        'Could not tell the collection year from the episodes; pass --year (e.g. 2024-25).',
        REGION_INPUT,
      );
    const years = (await readdir(path, { withFileTypes: true }))
      .filter(
        (d) => d.isDirectory() && CollectionYear.safeParse(d.name).success && d.name < (chosen as string),
      )
      .map((d) => d.name)
      .sort();
    const earlier = await Promise.all(
      years.map(async (y) => ({ collectionYear: y, files: await filesIn(join(path, y)) })),
    );
    returns.push({ gss, files, ...(earlier.length > 0 ? { earlier } : {}) });
  }
  return { returns, year: chosen as CollectionYear };
}

/** The `--key-file` as a transform that pseudonymises each return as it is read. */
export async function keyTransform(
  keyFile: string | undefined,
): Promise<((value: Ssda903Return) => Promise<Ssda903Return>) | undefined> {
  if (!keyFile) return undefined;
  let key: Uint8Array;
  try {
    key = new Uint8Array(await readFile(keyFile));
  } catch {
    throw new CliExit(2, `Cannot read the key file ${keyFile}.`, REGION_INPUT);
  }
  if (key.length === 0) throw new CliExit(2, `The key file ${keyFile} is empty.`, REGION_INPUT);
  return (value) => pseudonymiseReturn(value, { key });
}

/**
 * Weekly costs from a fee file (CSV with a header row), composed from `@placewise/costs` benchmarks: the
 * median weekly fee of each placement category, used for a child's current placement and for a new place.
 */
export async function weeklyCostsFrom(file: string): Promise<{
  costOf: (placement: Placement) => number | undefined;
  medianOf: (category: string) => number | undefined;
  rejected: number;
}> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new CliExit(2, `Cannot read ${file}.`, REGION_INPUT);
  }
  const rows = Papa.parse<Record<string, unknown>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
  }).data;
  const read = readFeeRecords(rows, { file });
  const bench = benchmarkFees(
    read.value.map((r) => r.fee),
    { by: ['category'] },
  );
  const medians = new Map(bench.groups.map((g) => [g.key.category ?? '', g.median / 100]));
  const medianOf = (category: string) => medians.get(category);
  return { costOf: (p) => medianOf(p.category), medianOf, rejected: read.rejected };
}

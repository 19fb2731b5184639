import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { AuthorityReturn } from '@placewise/region';
import { type SyntheticAuthority, writeSyntheticReturns } from '@placewise/synthetic';

/**
 * Writes synthetic authorities as `placewise region` reads them: a folder per GSS code, the latest year's
 * files at the top and each earlier year's in its own folder (`2023-24/`). Returns the bytes written.
 */
export async function writeRegionFolders(
  dir: string,
  authorities: readonly SyntheticAuthority[],
  latestYear = '2024-25',
): Promise<number> {
  let bytes = 0;
  for (const la of authorities)
    for (const file of writeSyntheticReturns(la).files) {
      const [year, name] = file.name.split('/') as [string, string];
      const path =
        year === latestYear ? join(dir, la.authority.code, name) : join(dir, la.authority.code, year, name);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.content);
      bytes += Buffer.byteLength(file.content);
    }
  return bytes;
}

/**
 * A synthetic authority's return as `region report` hands it to `readAuthority`: the latest year's files
 * and each earlier year's, their content as text or, with `bytes`, as the bytes the CLI reads from disk.
 */
export function regionReturn(
  la: SyntheticAuthority,
  options: { latestYear?: string; bytes?: boolean } = {},
): AuthorityReturn {
  const latestYear = options.latestYear ?? '2024-25';
  const { files } = writeSyntheticReturns(la);
  const encoder = new TextEncoder();
  const of = (year: string) =>
    files
      .filter((f) => f.name.startsWith(`${year}/`))
      .map((f) => ({
        name: f.name.slice(year.length + 1),
        content: options.bytes ? encoder.encode(f.content) : f.content,
      }));
  return {
    gss: la.authority.code,
    files: of(latestYear),
    earlier: la.collectionYears
      .filter((y) => y !== latestYear)
      .map((y) => ({ collectionYear: y, files: of(y) })),
  };
}

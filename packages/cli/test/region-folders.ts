import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
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

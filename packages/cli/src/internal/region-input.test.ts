import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
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

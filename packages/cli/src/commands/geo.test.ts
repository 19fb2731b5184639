import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOnspdIndex } from '@placewise/geo';
import { describe, expect, it } from 'vitest';
import { capture } from '../../test/capture.js';
import { runCli } from '../program.js';

const sample = join(import.meta.dirname, '../../../geo/test/fixtures/onspd-sample.csv');

describe('placewise geo build', () => {
  it('streams the ONSPD CSV into an index that locates its postcodes exactly', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pw-geo-'));
    const out = join(dir, 'onspd.idx');
    const { io, out: stdout } = capture();
    expect(await runCli(['geo', 'build', sample, '--out', out, '--json'], io)).toBe(0);
    const summary = JSON.parse(stdout());
    expect(summary.indexed).toBe(2092);
    const { value: locator } = loadOnspdIndex(new Uint8Array(await readFile(out)));
    expect(locator?.locate('LS6 1AG')).toMatchObject({
      precision: 'unit',
      point: { easting: 428856, northing: 435354 },
    });
  });

  it('shows progress on stderr for long files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pw-geo-'));
    const big = join(dir, 'big.csv');
    const rows = ['pcds,oseast1m,osnrth1m,laua'];
    for (let i = 0; i < 120_000; i++) {
      const inward = `${i % 10}${'ABDEFGHJLN'.charAt(Math.floor(i / 10) % 10)}${'ABDEFGHJLN'.charAt(Math.floor(i / 100) % 10)}`;
      rows.push(`LS${1 + Math.floor(i / 1000)} ${inward},428856,435354,E08000035`);
    }
    await writeFile(big, rows.join('\n'));
    const { io, err } = capture();
    expect(await runCli(['geo', 'build', big, '--out', join(dir, 'x.idx')], io)).toBe(0);
    expect(err()).toMatch(/100,000 rows read/);
  });

  it('fails with a clear message for a file without the needed columns', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pw-geo-'));
    const bad = join(dir, 'bad.csv');
    await writeFile(bad, 'postcode,x\nLS6 1AG,1\n');
    const { io, err } = capture();
    expect(await runCli(['geo', 'build', bad, '--out', join(dir, 'x.idx')], io)).toBe(1);
    expect(err()).toMatch(/onspd.missing-column/);
    expect(await runCli(['geo', 'build', join(dir, 'absent.csv'), '--out', join(dir, 'x.idx')], io)).toBe(2);
  });
});

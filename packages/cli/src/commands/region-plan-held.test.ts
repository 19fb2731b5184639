import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { capture } from '../../test/capture.js';
import { runCli } from '../program.js';

// Two authorities' 2024-25 returns written as their systems export them. Leeds: 30 children from Leeds
// homes (LS6) placed in Manchester (M1), so outside the region and over 20 miles. Wakefield: 6 children
// from Wakefield homes (WF1), placed in Manchester too; 6 is under the 20 a forecast needs, so Wakefield's
// forecast is refused and its children are held as now.
const COLUMNS =
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';
function files(prefix: string, children: number, home: string) {
  const ids = Array.from({ length: children }, (_, i) => `${prefix}${String(i + 1).padStart(2, '0')}`);
  return {
    header: ['CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB', ...ids.map((id) => `${id},F,01/05/2010,WBRI,UN1,,`)],
    episodes: [
      COLUMNS,
      ...ids.map(
        (id, i) => `${id},${String((i % 28) + 1).padStart(2, '0')}/06/2023,S,C2,N1,K2,PR4,,,,${home},M1 1AE,`,
      ),
    ],
  };
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pw-region-held-'));
  for (const [gss, prefix, n, home] of [
    ['E08000035', 'L', 30, 'LS6 1AA'],
    ['E08000036', 'W', 6, 'WF1 2AB'],
  ] as const) {
    const { header, episodes } = files(prefix, n, home);
    await mkdir(join(dir, gss));
    await writeFile(join(dir, gss, 'header.csv'), header.join('\r\n'));
    await writeFile(join(dir, gss, 'episodes.csv'), episodes.join('\r\n'));
  }
});

describe('placewise region plan --forecast-year', () => {
  it('says which authorities were held as now, not forecast, beside the forecast figure', async () => {
    const { io, out } = capture();
    const code = await runCli(
      ['region', 'plan', dir, '--year', '2024-25', '--add', '2', '--forecast-year', '2027'],
      io,
    );
    expect(code).toBe(0);
    expect(out()).toContain('forecast for 2027-03-31, 1 of 2 authorities held as now, not forecast');
    expect(out()).toMatch(/ {2}Held as now: E08000036: Not fitted: 6 children were in care/);
    expect(out()).not.toContain('Held as now: E08000035');
  });

  it('the JSON gives the same authorities with their reason', async () => {
    const { io, out } = capture();
    expect(
      await runCli(
        ['region', 'plan', dir, '--year', '2024-25', '--add', '2', '--forecast-year', '2027', '--json'],
        io,
      ),
    ).toBe(0);
    const held = JSON.parse(out()).forecast.authorities.filter((a: { heldAsNow?: string }) => a.heldAsNow);
    expect(held.map((a: { gss: string }) => a.gss)).toEqual(['E08000036']);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type AuthorityReturn, buildRegionalReport } from '../src/index.js';

// The hand-written returns of fixtures.test.ts (neither has a UASC file), and a UASC file written here
// for Leeds, saying L02 (looked after since 01/05/2024, still at 31 March) is UASC.
const dir = join(import.meta.dirname, 'fixtures');
const returnOf = (gss: string, extra: { name: string; content: string }[] = []): AuthorityReturn => ({
  gss,
  files: [
    ...['header.csv', 'episodes.csv'].map((name) => ({
      name,
      content: readFileSync(join(dir, gss, name), 'utf8'),
    })),
    ...extra,
  ],
});
const LEEDS_UASC = { name: 'uasc.csv', content: 'CHILD,SEX,DOB,DUC\nL02,M,12/03/2012,\n' };

describe('the region’s UASC count', () => {
  it('is not recorded when one authority’s return has no UASC table', async () => {
    const { value } = await buildRegionalReport(
      [returnOf('E08000035', [LEEDS_UASC]), returnOf('E08000036')],
      { collectionYear: '2024-25', forecast: false },
    );
    const [leeds, wakefield] = value.authorities;
    expect(leeds?.indicators.uasc).toEqual({ at31March: 1, startedDuringYear: 1, recorded: true });
    expect(wakefield?.indicators.uasc.recorded).toBe(false);
    // 1 counted, but Wakefield's children could not be told: the region's 1 is not a whole count.
    expect(value.region.uasc).toEqual({ at31March: 1, startedDuringYear: 1, recorded: false });
  });

  it('is recorded when every authority’s return has one', async () => {
    const { value } = await buildRegionalReport([returnOf('E08000035', [LEEDS_UASC])], {
      collectionYear: '2024-25',
      forecast: false,
    });
    expect(value.region.uasc).toEqual({ at31March: 1, startedDuringYear: 1, recorded: true });
  });
});

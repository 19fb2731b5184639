import { describe, expect, it } from 'vitest';
import {
  type AuthorityReturn,
  buildRegionalReport,
  poolForecasts,
  renderRegionalHtml,
} from '../src/index.js';

// Two authorities' 2024-25 returns as their systems export them: 30 children each, one open episode each
// begun in 2023 (the last in 2024). Wakefield's export wrote 4 dates of birth as 31/02/2010, a day that does not exist: those 4
// Header rows are rejected (its 30 episodes are all kept). Wakefield then rests on 26 + 30 = 56 of 60 rows
// (93.3%): under 95%, incomplete, but over half, so its forecast is fitted, not refused.
const EPISODE_COLUMNS =
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';
function returnOf(gss: string, prefix: string, badBirths: number): AuthorityReturn {
  const ids = Array.from({ length: 30 }, (_, i) => `${prefix}${String(i + 1).padStart(2, '0')}`);
  const header = [
    'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB',
    ...ids.map((id, i) => `${id},F,${i < badBirths ? '31/02/2010' : '01/05/2010'},WBRI,UN1,,`),
  ];
  const episodes = [
    EPISODE_COLUMNS,
    // The last child came into care in June 2024, so each return reaches its own year (as any real one does).
    ...ids.map(
      (id, i) =>
        `${id},${String((i % 28) + 1).padStart(2, '0')}/06/${i === 29 ? 2024 : 2023},S,C2,N1,U1,PR1,,,,,,`,
    ),
  ];
  return {
    gss,
    files: [
      { name: 'header.csv', content: header.join('\r\n') },
      { name: 'episodes.csv', content: episodes.join('\r\n') },
    ],
  };
}

describe('the pooled forecast of a region with an incomplete authority', () => {
  it('lists the authority as incomplete and is itself incomplete, in JSON and HTML', async () => {
    const { value } = await buildRegionalReport(
      [returnOf('E08000035', 'L', 0), returnOf('E08000036', 'W', 4)],
      { collectionYear: '2024-25', forecast: { samples: 10, horizonDays: 400 } },
    );
    expect(value.authorities.map((a) => [a.gss, a.status, a.coverage.used, a.coverage.read])).toEqual([
      ['E08000035', 'complete', 60, 60],
      ['E08000036', 'incomplete', 56, 60],
    ]);
    const forecast = value.forecast;
    expect(forecast?.included).toEqual(['E08000035', 'E08000036']);
    expect(forecast?.excluded).toEqual([]);
    expect(forecast?.incomplete.map((e) => e.gss)).toEqual(['E08000036']);
    expect(forecast?.incomplete[0]?.reason).toContain('Only 56 of 60');
    expect(forecast?.status).toBe('incomplete');
    const html = renderRegionalHtml(value, { E08000035: 'Leeds', E08000036: 'Wakefield' });
    expect(html).toContain('sum of 2 of 2 authorities; incomplete');
    expect(html).toContain('In the forecast but incomplete: Wakefield — Only 56 of 60');
    // No episode has a PL_POST: where every one of the 60 placed children lives is not known (Wakefield's 4
    // children with a rejected Header row keep their episodes, so their placements are in the flows).
  });

  it('is complete only when every authority is in it and complete', () => {
    const yearEnds = [
      { date: '2025-03-31', expected: 30, lower80: 30, upper80: 30, lower95: 30, upper95: 30 },
    ];
    expect(poolForecasts([{ gss: 'E08000035', yearEnds }]).status).toBe('complete');
    const refused = poolForecasts([
      { gss: 'E08000035', yearEnds },
      { gss: 'E08000036', excluded: 'Too few.' },
    ]);
    // Wakefield left out: 30 is Leeds's alone, so the region's sum is not whole.
    expect(refused.status).toBe('incomplete');
    expect(refused.yearEnds[0]?.expected).toBe(30);
  });
});

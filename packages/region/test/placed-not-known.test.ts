import { describe, expect, it } from 'vitest';
import { type AuthorityReturn, buildRegionalReport, renderRegionalHtml } from '../src/index.js';

// Two authorities' 2024-25 returns as their systems export them, PL_POST left blank on every episode:
// where any child is placed is not known. Leeds: 30 children. Wakefield: 6 children, one of whom (W06) has
// a date of birth of 31/02/2010, a day that does not exist: that Header row is rejected, and the child is
// left out of the indicators and, so that the tables beside them agree, out of the flows.
const EPISODE_COLUMNS =
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';
function returnOf(gss: string, prefix: string, children: number, badBirths: number): AuthorityReturn {
  const ids = Array.from({ length: children }, (_, i) => `${prefix}${String(i + 1).padStart(2, '0')}`);
  const header = [
    'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB',
    ...ids.map((id, i) => `${id},F,${i >= children - badBirths ? '31/02/2010' : '01/05/2010'},WBRI,UN1,,`),
  ];
  const episodes = [
    EPISODE_COLUMNS,
    ...ids.map(
      (id, i) => `${id},${String((i % 28) + 1).padStart(2, '0')}/06/2023,S,C2,N1,U1,PR1,,,,LS6 1AA,,`,
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

describe('the regional HTML with children placed where not known', () => {
  it('shows them in the indicators and beside the demand table, not as inside the authority or region', async () => {
    const { value } = await buildRegionalReport(
      [returnOf('E08000035', 'L', 30, 0), returnOf('E08000036', 'W', 6, 1)],
      { collectionYear: '2024-25', forecast: false },
    );
    const html = renderRegionalHtml(value, { E08000035: 'Leeds', E08000036: 'Wakefield' });
    // Indicators: Leeds 30, Wakefield 5 (W06 left out), region 35; none placed outside, all not known.
    expect(html).toContain(
      '<tr><th scope="row">Placed outside the authority</th><td>0</td><td>0</td><td>0</td></tr><tr><th scope="row">Placed where not known (postcode missing or not located)</th><td>30</td><td>5</td><td>35</td></tr>',
    );
    // Flows: 30 + 5 placements, all in the Not known column: the same children as the indicators (W06's
    // episode was kept by the reader, but its child is not counted, so its placement is not either).
    expect(html).toContain(
      '“Placed in the region” counts only children whose placement was located; where 35 of the region’s children are placed is not known',
    );
    expect(value.flows.total.count).toBe(35);
  });
});

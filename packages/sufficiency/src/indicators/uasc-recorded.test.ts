import { coverageOf, derivePlacements, readReturn } from '@placewise/ssda903';
import { describe, expect, it } from 'vitest';
import type { SufficiencyDataset } from '../dataset.js';
import { buildSufficiencyReport } from '../report/build-report.js';
import { renderReportHtml } from '../report/render-html.js';
import { renderReportMarkdown } from '../report/render-markdown.js';
import { computeIndicators } from './compute-indicators.js';

// A return as a case-management export writes it: CRLF, no UASC file at all in the first case.
const HEADER = [
  'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB',
  'U1,M,01/05/2008,WBRI,UN1,,',
  'U2,M,12/08/2007,WBRI,UN1,,',
  'U3,F,03/03/2012,WBRI,UN1,,',
].join('\r\n');
const EPISODES = [
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN',
  'U1,01/06/2024,S,C2,N1,U4,PR4,,,,,,',
  'U2,15/09/2023,S,C2,N1,K2,PR4,,,,,,SC123456',
  'U3,02/02/2024,S,C2,N1,U4,PR1,,,,,,',
].join('\r\n');
const UASC = ['CHILD,SEX,DOB,DUC', 'U1,M,01/05/2008,', 'U2,M,12/08/2007,12/08/2025'].join('\r\n');

function datasetOf(files: { name: string; content: string }[]): SufficiencyDataset {
  const result = readReturn(files, { collectionYear: '2024-25' });
  return {
    children: result.value.children,
    episodes: result.value.episodes,
    placements: derivePlacements(result.value.episodes).value,
    coverage: coverageOf(result),
  };
}

const base = [
  { name: 'header.csv', content: HEADER },
  { name: 'episodes.csv', content: EPISODES },
];

describe('UASC status is known only from a UASC table', () => {
  it('says not recorded, and the report says not known, when the return has no UASC table', () => {
    const ds = datasetOf(base);
    const { value } = computeIndicators(ds, { collectionYear: '2024-25' });
    // Three children looked after at 31 March; none can be told UASC without the table.
    expect(value.claAt31March.total).toBe(3);
    expect(value.uasc).toEqual({ at31March: 0, startedDuringYear: 0, recorded: false });
    const { value: report } = buildSufficiencyReport(ds, { collectionYear: '2024-25', nation: 'england' });
    const markdown = renderReportMarkdown(report);
    expect(markdown).toContain(
      '| Unaccompanied asylum-seeking children at 31 March | not known (the return has no UASC table) |',
    );
    expect(markdown).not.toContain('| Unaccompanied asylum-seeking children at 31 March | 0 |');
    expect(renderReportHtml(report)).toContain('not known (the return has no UASC table)');
  });

  it('counts from the table when there is one', () => {
    const { value } = computeIndicators(datasetOf([...base, { name: 'uasc.csv', content: UASC }]), {
      collectionYear: '2024-25',
    });
    // U1 (no DUC) and U2 (DUC 12/08/2025, after 31 March 2025) are UASC at 31 March; U1 started in the year.
    expect(value.uasc).toEqual({ at31March: 2, startedDuringYear: 1, recorded: true });
  });

  it('a UASC table with no rows says there are none, not that status is unknown', () => {
    const { value } = computeIndicators(
      datasetOf([...base, { name: 'uasc.csv', content: 'CHILD,SEX,DOB,DUC\r\n' }]),
      { collectionYear: '2024-25' },
    );
    expect(value.uasc).toEqual({ at31March: 0, startedDuringYear: 0, recorded: true });
  });
});

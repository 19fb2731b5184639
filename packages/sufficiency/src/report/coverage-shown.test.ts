import { describe, expect, it } from 'vitest';
import { datasetOfCsv, reportOfDataset } from '../../test/read-dataset.js';
import { coverageText } from './coverage-banner.js';
import { renderReportHtml } from './render-html.js';
import { renderReportMarkdown } from './render-markdown.js';

const BRACKNELL = 'E06000036';
const HEADER = [
  'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB',
  ...['B01', 'B02', 'B03', 'B04', 'B05', 'B06', 'B07', 'B08', 'B09', 'B10'].map(
    (id) => `${id},F,01/05/2010,WBRI,UN1,,`,
  ),
].join('\n');
const COLUMNS =
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';
/** One open episode a child from 1 June 2023, placed at `pl` (blank: not recorded) from a Bracknell home. */
const episode = (id: string, pl: string, decom = '01/06/2023') =>
  `${id},${decom},S,C2,N1,U4,PR1,,,,RG12 1AA,${pl},`;

function reportOf(episodes: string[]) {
  return reportOfDataset(datasetOfCsv(HEADER, [COLUMNS, ...episodes].join('\n'), BRACKNELL));
}

describe('a complete report still states its coverage', () => {
  // B10's episode has a date that does not exist and is rejected: 19 of 20 rows used, 95%, so complete.
  // Of the 9 children at 31 March, 5 are placed in Bracknell (RG12), 2 in Manchester (M1), and for 2 the
  // placement postcode is blank or cannot be located: locality not known.
  const report = reportOf([
    episode('B01', 'RG12 2AB'),
    episode('B02', 'RG12 2AB'),
    episode('B03', 'RG12 2AB'),
    episode('B04', 'M1 1AA'),
    episode('B05', 'M1 1AA'),
    episode('B06', ''),
    episode('B07', 'ZZ99 9ZZ'),
    episode('B08', 'RG12 2AB'),
    episode('B09', 'RG12 2AB'),
    episode('B10', 'RG12 2AB', '31/02/2024'),
  ]);
  const line = 'Coverage: 19 of 20 Header and Episodes rows used (Header 10 of 10, Episodes 9 of 10).';

  it('in Markdown and HTML, though complete', () => {
    expect(report.status).toBe('complete');
    expect(report.indicators.claAt31March.total).toBe(9);
    expect(coverageText(report.coverage)).toBe(line);
    expect(renderReportMarkdown(report)).toContain(line);
    expect(renderReportHtml(report)).toContain(line);
  });

  it('the HTML share placed outside says for how many children locality is not known', () => {
    expect(report.indicators.distanceLocality.localityAt31March).toEqual({
      inside: 5,
      outside: 2,
      notKnown: 2,
    });
    // 2 of 9 is 22%.
    expect(renderReportHtml(report)).toContain(
      '<strong>22%</strong>placed outside the authority (locality not known for 2 of 9)',
    );
  });

  it('the HTML share placed outside is not shown when locality is not known for most children', () => {
    const unknown = reportOf([
      episode('B01', 'M1 1AA'),
      ...['B02', 'B03', 'B04', 'B05', 'B06', 'B07', 'B08', 'B09', 'B10'].map((id) => episode(id, '')),
    ]);
    expect(unknown.indicators.distanceLocality.localityAt31March).toEqual({
      inside: 0,
      outside: 1,
      notKnown: 9,
    });
    const html = renderReportHtml(unknown);
    expect(html).toContain('<strong>–</strong>placed outside the authority (locality not known for 9 of 10)');
    expect(html).not.toContain('<strong>10%</strong>placed outside');
  });
});

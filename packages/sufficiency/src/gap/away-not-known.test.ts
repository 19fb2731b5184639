import { createSectorLocator } from '@placewise/geo';
import { describe, expect, it } from 'vitest';
import { datasetOfCsv, reportOfDataset } from '../../test/read-dataset.js';
import { renderReportMarkdown } from '../report/render-markdown.js';
import { computeSufficiencyGap } from './compute-gap.js';

const BRACKNELL = 'E06000036';
// Four 12-year-olds in in-house foster care (U4, PR1) from Bracknell homes (RG12): one placed in Bracknell,
// one in Manchester (M1: out of area, over 20 miles), one with PL_POST left blank, one with a postcode
// that no directory holds (ZZ99). Written as a case-management system exports it, CRLF.
const HEADER = [
  'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB',
  'G1,F,01/06/2012,WBRI,UN1,,',
  'G2,M,01/06/2012,WBRI,UN1,,',
  'G3,F,01/06/2012,WBRI,UN1,,',
  'G4,M,01/06/2012,WBRI,UN1,,',
].join('\r\n');
const EPISODES = [
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN',
  'G1,01/06/2023,S,C2,N1,U4,PR1,,,,RG12 1AA,RG12 2AB,',
  'G2,01/06/2023,S,C2,N1,U4,PR1,,,,RG12 1AA,M1 1AA,',
  'G3,01/06/2023,S,C2,N1,U4,PR1,,,,RG12 1AA,,',
  'G4,01/06/2023,S,C2,N1,U4,PR1,,,,RG12 1AA,ZZ99 9ZZ,',
].join('\r\n');

const dataset = datasetOfCsv(HEADER, EPISODES, BRACKNELL);

describe('children whose placement could not be located are not read as placed near home', () => {
  it('counts them in awayNotKnown beside awayFromHome', () => {
    const gap = computeSufficiencyGap(dataset, {
      asOf: '2025-03-31',
      locator: createSectorLocator(),
      responsibleAuthority: BRACKNELL,
    });
    expect(gap.gaps).toHaveLength(1);
    const [row] = gap.gaps;
    // G2 is away; G1 is in the area and near; G3 and G4 cannot be placed on the map.
    expect(row).toMatchObject({
      children: 4,
      outOfArea: 1,
      farFromHome: 1,
      awayFromHome: 1,
      awayNotKnown: 2,
    });
    expect(gap.demand[0]).toMatchObject({ children: 4, inArea: 1, notKnown: 2, awayNotKnown: 2 });
    expect(row?.summary).toBe(
      '4 children aged 10 to 15 in fostering: in-house: 1 placed out of area and 1 more than 20 miles from home; for 2, whether placed away is not known (postcode missing or not located). The area has 0 places of this type for this age and 0 free.',
    );
  });

  it('shows the count in the report’s gap table', () => {
    const report = reportOfDataset(dataset);
    const markdown = renderReportMarkdown(report);
    expect(markdown).toContain('| Children | Out of area or far | Not known if away | Local places |');
    expect(markdown).toContain('| Fostering: in-house | 10 to 15 | 4 | 1 | 2 | 0 | 0 | 4 |');
  });

  it('notes that ENG-10 could not check the placements whose distance is not known', () => {
    const report = reportOfDataset(dataset);
    // G2 (Manchester, over 20 miles) is the one finding; G3 (blank) and G4 (ZZ99) could not be checked.
    expect(report.findings.filter((f) => f.ruleId === 'ENG-10').map((f) => f.childId)).toEqual(['G2']);
    expect(report.notes).toContain(
      'ENG-10 (Placed far from home) could not check 2 placements in the year whose distance from home is not known (postcode missing or not located); its findings cover the others only.',
    );
    expect(renderReportMarkdown(report)).toContain(
      'ENG-10 (Placed far from home) could not check 2 placements',
    );
  });
});

describe('with no placement type known to be placed away for want of a local place', () => {
  const reportOf = (keep: (line: string) => boolean) =>
    reportOfDataset(datasetOfCsv(HEADER, EPISODES.split('\r\n').filter(keep).join('\r\n'), BRACKNELL));

  it('says for how many it is not known, rather than that none are placed away', () => {
    // G2 (the one placed in Manchester) left out: G1 is near home, G3 and G4 cannot be located.
    const report = reportOf((line) => !line.startsWith('G2,'));
    expect(report.gap.gaps.some((g) => g.wantOfLocalProvision)).toBe(false);
    expect(renderReportMarkdown(report)).toContain(
      'No placement type has children known to be placed away for want of a free local place; for 2 children it is not known whether they are placed away (postcode missing or not located).',
    );
  });

  it('says so plainly when every placement was located', () => {
    const report = reportOf((line) => line.startsWith('CHILD,') || line.startsWith('G1,'));
    expect(renderReportMarkdown(report)).toContain(
      'No placement type has children placed away for want of a free local place.',
    );
  });
});

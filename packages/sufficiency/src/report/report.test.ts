import { describe, expect, it } from 'vitest';
import { child, dataset, episode, placement } from '../../test/fixtures.js';
import { buildSufficiencyReport } from './build-report.js';
import { renderReportHtml } from './render-html.js';
import { renderReportMarkdown } from './render-markdown.js';

const LEEDS = 'E08000035';
const ds = dataset({
  responsibleAuthority: LEEDS,
  children: [child('A', '2010-01-01'), child('B', '2012-05-01'), child('C', '2016-01-01')],
  episodes: [
    episode('A', '2024-06-01', undefined, 'K3'),
    episode('B', '2023-01-01', undefined, 'K2'),
    episode('C', '2020-01-01', undefined, 'U4'),
  ],
  placements: [
    placement('A', '2024-06-01', undefined, 'K3', { locality: 'OUT', distanceMiles: 40 }),
    placement('B', '2023-01-01', undefined, 'K2', { locality: 'OUT', distanceMiles: 55 }),
    placement('C', '2020-01-01', undefined, 'U4', { locality: 'IN', distanceMiles: 3 }),
  ],
});

describe('buildSufficiencyReport', () => {
  const { value: report } = buildSufficiencyReport(ds, {
    collectionYear: '2024-25',
    nation: 'england',
    authorityName: 'Leeds',
  });

  it('keeps the JSON keys the issue names', () => {
    const json = JSON.parse(JSON.stringify(report));
    expect(json.indicators.claAt31March.total).toBe(3);
    expect(json.indicators.placementMixAt31March.byPlaceCode).toEqual({ K2: 1, K3: 1, U4: 1 });
    expect(json.indicators.placementMixAt31March.byCategory['childrens-home']).toBe(1);
    expect(json.indicators).toHaveProperty('threeOrMorePlacements');
    expect(json.indicators).toHaveProperty('longTermStability');
    expect(json.indicators.distanceLocality.at31March.outsideOver20).toBe(2);
    expect(json.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual([
      'ENG-01',
      'ENG-04',
      'ENG-05',
      'ENG-05',
      'ENG-10',
      'ENG-10',
      'ENG-16',
    ]);
    expect(json.findingSummary.find((s: { ruleId: string }) => s.ruleId === 'ENG-05')).toMatchObject({
      findings: 2,
      children: 2,
    });
    expect(json.comparators.year).toBe(2024);
    expect(json.ofstedSupply.authority).toBe(LEEDS);
  });

  it('renders Markdown with each section', () => {
    const md = renderReportMarkdown(report);
    for (const heading of [
      '# Sufficiency report: Leeds, 2024-25',
      '## Key figures',
      '## Duty rule findings',
      '## Supply and demand',
    ]) {
      expect(md).toContain(heading);
    }
    expect(md).toContain('| ENG-01 |');
  });

  it('renders a self-contained HTML page with charts and no external requests or child ids', () => {
    const html = renderReportHtml(report);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html.match(/<svg/g)?.length).toBe(2);
    // Each chart is named and described for screen readers, and the figures it draws are in the page.
    expect(html.match(/<svg[^>]* role="img" aria-labelledby="[^"]+-title [^"]+-desc"/g)?.length).toBe(2);
    expect(html).toContain('<title id="');
    expect(html).toContain('Children at 31 March by placement</title>');
    expect(html).not.toMatch(/(src|href)=|<script|@import|url\(/);
    expect(html).not.toMatch(/>A<|>B<|>C</);
  });

  it('escapes an authority name', () => {
    const { value } = buildSufficiencyReport(ds, {
      collectionYear: '2024-25',
      nation: 'england',
      authorityName: '<b>X</b>',
    });
    expect(renderReportHtml(value)).not.toContain('<b>X</b>');
  });
});

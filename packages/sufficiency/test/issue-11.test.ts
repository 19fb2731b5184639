/**
 * Issue 11: a 2017-18 return written by hand in that year's codes, counted at 31 March 2018 and checked
 * against a recount written independently here (plain string splitting, no Placewise code).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { coverageOf, derivePlacements, readReturn } from '@placewise/ssda903';
import { describe, expect, it } from 'vitest';
import {
  buildSufficiencyReport,
  computeIndicators,
  renderReportHtml,
  renderReportMarkdown,
} from '../src/index.js';

const dir = join(import.meta.dirname, '..', '..', 'ssda903', 'test', 'fixtures', 'issue-11', '2017-18');
const text = (name: string) => readFileSync(join(dir, name), 'utf-8');

/**
 * Children looked after at the end of 31 March 2018, recounted from the CSV text: a child counts when the
 * episode with the latest DECOM on or before that day has no DEC (or one after it) and is not a short
 * break (LS V3/V4), as DfE counts.
 */
function recountAt31March2018(episodesCsv: string): string[] {
  const latest = new Map<string, { start: string; end: string; ls: string }>();
  const iso = (d: string) => (d === '' ? '' : `${d.slice(6, 10)}-${d.slice(3, 5)}-${d.slice(0, 2)}`);
  for (const line of episodesCsv.split(/\r\n|\n|\r/).slice(1)) {
    if (line === '') continue;
    const [child, decom, , ls, , , , dec] = line.split(',');
    const row = { start: iso(decom ?? ''), end: iso(dec ?? ''), ls: ls ?? '' };
    if (row.start > '2018-03-31') continue;
    const seen = latest.get(child ?? '');
    if (!seen || row.start >= seen.start) latest.set(child ?? '', row);
  }
  return [...latest]
    .filter(([, e]) => (e.end === '' || e.end > '2018-03-31') && e.ls !== 'V3' && e.ls !== 'V4')
    .map(([child]) => child)
    .sort();
}

describe('issue 11: a 2017-18 return', () => {
  const read = readReturn(
    ['header.csv', 'episodes.csv'].map((name) => ({ name, content: text(name) })),
    { collectionYear: '2017-18' },
  );
  const placements = derivePlacements(read.value.episodes).value;
  const dataset = {
    children: read.value.children,
    episodes: read.value.episodes,
    placements,
    coverage: coverageOf(read),
  };

  it('counts every child looked after at 31 March, to the child, as the independent recount does', () => {
    const expected = recountAt31March2018(text('episodes.csv'));
    // Written out too, so a change to the recount cannot pass unnoticed.
    expect(expected).toEqual(['S01', 'S03', 'S05', 'S06', 'S07', 'S09', 'S10', 'S11']);
    const { value } = computeIndicators(dataset, { collectionYear: '2017-18' });
    expect(value.claAt31March.total).toBe(expected.length);
    expect(value.status).toBe('complete');
    expect(value.coverage).toMatchObject({ read: 26, used: 25 });
  });
});

describe('issue 11: no figure from rejected data', () => {
  it('marks a report incomplete, with a warning first in HTML and Markdown, when most rows were rejected', () => {
    const read = readReturn(
      [
        { name: 'header.csv', content: 'CHILD,SEX,DOB\nA,F,01/06/2012\nB,M,01/06/2011\n' },
        {
          name: 'episodes.csv',
          content: 'CHILD,DECOM,RNE,LS,CIN,PLACE\nA,01/05/2024,S,C2,N1,Q9\nB,01/05/2024,S,C2,N1,Q9\n',
        },
      ],
      { collectionYear: '2024-25' },
    );
    const coverage = coverageOf(read);
    expect(coverage.status).toBe('incomplete');
    const { value: report } = buildSufficiencyReport(
      { children: read.value.children, episodes: read.value.episodes, placements: [], coverage },
      { collectionYear: '2024-25', nation: 'england', comparators: false, ofstedSupply: false },
    );
    expect(report.status).toBe('incomplete');
    expect(report.coverage).toEqual(coverage);
    expect(JSON.parse(JSON.stringify(report)).status).toBe('incomplete');
    const html = renderReportHtml(report);
    expect(html.indexOf('role="alert"')).toBeGreaterThan(-1);
    expect(html.indexOf('role="alert"')).toBeLessThan(html.indexOf('Key figures'));
    expect(renderReportMarkdown(report).split('\n\n')[1]).toMatch(/^> \*\*Warning\*\* Incomplete/);
  });

  it('is incomplete, never a confident zero, when there are no records at all', () => {
    const { value } = computeIndicators(
      { children: [], episodes: [], placements: [] },
      { collectionYear: '2024-25' },
    );
    expect(value.status).toBe('incomplete');
    expect(value.coverage.reason).toMatch(/nothing to count/);
  });

  it('is complete for records given without a coverage', () => {
    const read = readReturn(
      ['header.csv', 'episodes.csv'].map((name) => ({ name, content: text(name) })),
      { collectionYear: '2017-18' },
    );
    const { value } = computeIndicators(
      { children: read.value.children, episodes: read.value.episodes, placements: [] },
      { collectionYear: '2017-18' },
    );
    expect(value.status).toBe('complete');
    expect(value.coverage).toMatchObject({ read: 25, used: 25 });
  });
});

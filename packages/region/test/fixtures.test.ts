import { createSectorLocator } from '@placewise/geo';
import { describe, expect, it } from 'vitest';
import { buildRegionalReport, compareDemandSupply, renderRegionalHtml } from '../src/index.js';
import { fixtureReturn } from './fixture-return.js';

// Two hand-written returns: Leeds (E08000035) and Wakefield (E08000036), collection year 2024-25.
// Leeds: L01–L05 in Leeds (LS8), L06–L07 in Wakefield (WF1), L08 in Manchester (M1), L09 left on 10 Jan.
// Wakefield: W01–W05 in Wakefield, W06 in Leeds.
const returnOf = fixtureReturn;

describe('regional report on hand-written returns', async () => {
  const { value: report } = await buildRegionalReport([returnOf('E08000035'), returnOf('E08000036')], {
    collectionYear: '2024-25',
    locator: createSectorLocator(),
    forecast: false,
    // £1,000 a week for in-house fostering, £2,000 agency, £5,000 a children's home; nothing else costed.
    weeklyCostOf: (p) =>
      ({ 'fostering-in-house': 1000, 'fostering-agency': 2000, 'childrens-home': 5000 })[
        p.category as string
      ],
  });

  it('counts 14 children placed at 31 March, 8 by Leeds and 6 by Wakefield', () => {
    expect(report.flows.total).toEqual({ count: 14, suppressed: false });
    expect(report.flows.rows.map((r) => r.total.count)).toEqual([8, 6]);
    expect(report.flows.columns).toEqual(['E08000035', 'E08000036', 'outside-region', 'not-known']);
  });

  it('hides 1–4 and the cells that would give them away', () => {
    // Counts: Leeds [5, 2, 1, 0], Wakefield [1, 5, 0, 0]; column totals [6, 7, 1, 0].
    // Primary: 2, 1, 1 and the column total 1. Secondary: Wakefield's own 5 (its row had one hidden) and
    // then the Leeds column total 6 (the column totals had one hidden). Every line now hides 0 or 2+:
    // Leeds→Wakefield, Leeds→outside and Wakefield→Leeds can each be 0, 1 or 2 given what is shown.
    const shown = report.flows.rows.map((r) => r.cells.map((c) => c.count));
    expect(shown).toEqual([
      [5, null, null, 0],
      [null, null, 0, 0],
    ]);
    expect(report.flows.columnTotals.map((c) => c.count)).toEqual([null, 7, null, 0]);
    for (const row of report.flows.rows)
      for (const cell of row.cells) if (cell.suppressed) expect(cell.meanMiles).toBeNull();
    expect(report.flows.approximate).toBe(true);
  });

  it('tabulates demand by category and age band, suppressed', () => {
    const inHouse = report.demandSupply.rows.find((r) => r.category === 'fostering-in-house');
    expect(inHouse?.total).toEqual({ count: 10, suppressed: false });
    expect(inHouse?.byAgeBand['5-9']).toEqual({ count: null, suppressed: true }); // 2
    expect(inHouse?.byAgeBand['10-15']).toEqual({ count: null, suppressed: true }); // 8, secondary
    expect(inHouse?.byAgeBand['1-4']).toEqual({ count: 0, suppressed: false });
    const agency = report.demandSupply.rows.find((r) => r.category === 'fostering-agency');
    expect(agency?.total.suppressed).toBe(true); // 3
    expect(report.demandSupply.total.count).toBe(14);
    // Every placement's child has a Header row in these returns: nothing is left out of the table.
    expect(report.demandSupply.unmatched).toEqual({ count: 0, suppressed: false });
  });

  // Children and placements given by a caller's own code: two placements (one a typo'd CHILD, one a child
  // whose Header row was not exported) have no child to age, so the table says how many it could not place.
  it('counts the placements it cannot give an age band, suppressed as any count', () => {
    const children = ['A', 'B', 'C', 'D', 'E', 'F'].map((id) => ({ id, dateOfBirth: '2012-05-01' }));
    const placed = (childId: string) => ({ childId, category: 'fostering-in-house' as const });
    const placements = [...children.map((c) => placed(c.id)), placed('a'), placed('G')];
    const small = compareDemandSupply(children, placements, { date: '2025-03-31', region: ['E08000035'] });
    expect(small.total).toEqual({ count: 6, suppressed: false });
    expect(small.unmatched).toEqual({ count: null, suppressed: true }); // 2
    const many = [...placements, ...['H', 'I', 'J'].map(placed)];
    const five = compareDemandSupply(children, many, { date: '2025-03-31', region: ['E08000035'] });
    expect(five.unmatched).toEqual({ count: 5, suppressed: false });
  });

  it('gives each authority its own indicators and the region their sum', () => {
    expect(report.authorities.map((a) => a.indicators.claAt31March.total)).toEqual([8, 6]);
    expect(report.region.claAt31March.total).toBe(14);
    expect(report.region.ceasedDuringYear.total).toBe(1);
    expect(report.status).toBe('complete');
  });

  it('costs the placements at 31 March, outside the region apart', () => {
    // Leeds: 5 in-house (5,000) + 2 agency (4,000) + 1 home in Manchester (5,000). Wakefield: 5 + 1 agency.
    expect(report.weeklyCosts).toEqual([
      { gss: 'E08000035', weeklyCost: 14_000, costed: 8, notCosted: 0, outsideRegion: 5000 },
      { gss: 'E08000036', weeklyCost: 7000, costed: 6, notCosted: 0, outsideRegion: 0 },
    ]);
  });

  it('renders HTML with suppressed cells written c', () => {
    const html = renderRegionalHtml(report, { E08000035: 'Leeds', E08000036: 'Wakefield' });
    expect(html).toContain('<th scope="row">Leeds</th><td>5 (');
    expect(html).toContain('<td>c</td>');
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<td>[1-4]( \(|<)/);
  });
});

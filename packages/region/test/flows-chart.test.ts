import { createSectorLocator } from '@placewise/geo';
import { describe, expect, it } from 'vitest';
import type { FlowsMatrix } from '../src/flows.js';
import { flowsChartOf } from '../src/flows-chart.js';
import { buildRegionalReport, renderRegionalHtml } from '../src/index.js';
import { fixtureReturn } from './fixture-return.js';

// The hand-written returns of fixtures.test.ts. At 31 March 2025 Leeds has 8 children (L09 left in
// January): L01–L05 placed in Leeds (LS8), L06–L07 in Wakefield (WF1), L08 in Manchester (M1). Wakefield
// has 6: W01–W05 in Wakefield, W06 in Leeds. So Leeds → Wakefield 2 and Leeds → outside 1 are suppressed,
// Wakefield → Leeds 1 is, and Wakefield → Wakefield 5 with it (else 6 − 5 would give the 1 away).
const returnOf = fixtureReturn;
const { value: report } = await buildRegionalReport([returnOf('E08000035'), returnOf('E08000036')], {
  collectionYear: '2024-25',
  locator: createSectorLocator(),
  forecast: false,
});
const names = { E08000035: 'Leeds', E08000036: 'Wakefield' };

describe('the chart of where each authority’s children are placed', () => {
  const html = renderRegionalHtml(report, names);

  it('never draws or writes a suppressed count as 0, and each bar is the authority’s whole total', () => {
    expect(html).toContain(
      'Leeds: In the authority 5, Elsewhere in the region c, Outside the region c, Not known 0, Suppressed 3 (total 8)',
    );
    expect(html).toContain(
      'Wakefield: In the authority c, Elsewhere in the region c, Outside the region 0, Not known 0, Suppressed 6 (total 6)',
    );
    // As it was: suppressed cells drawn as 0, so Wakefield's 6 children showed as a total of 0.
    expect(html).not.toContain('(total 0)');
    // Each segment's tooltip, as a pointer or a screen reader meets it: c where the table says c.
    const tooltips = [...html.matchAll(/<rect [^>]*><title>([^<]*)<\/title>/g)].map((m) => m[1]);
    expect(tooltips).toEqual([
      'In the authority: 5',
      'Elsewhere in the region: c',
      'Outside the region: c',
      'Not known: 0',
      'Suppressed: 3',
      'In the authority: c',
      'Elsewhere in the region: c',
      'Outside the region: 0',
      'Not known: 0',
      'Suppressed: 6',
    ]);
  });

  it('adds no note on children placed where not known when every placement was located', () => {
    expect(report.flows.columnTotals.at(-1)).toEqual({ count: 0, suppressed: false });
    expect(html).not.toContain('“Placed in the region” counts only');
  });

  it('leaves out, and names, an authority whose total is suppressed', () => {
    const cell = (to: string, count: number | null) => ({
      to,
      count,
      suppressed: count === null,
      meanMiles: null,
    });
    const flows: FlowsMatrix = {
      columns: ['E08000035', 'E08000036', 'outside-region', 'not-known'],
      rows: [
        {
          from: 'E08000035',
          cells: [
            cell('E08000035', 20),
            cell('E08000036', 0),
            cell('outside-region', 6),
            cell('not-known', 0),
          ],
          total: { count: 26, suppressed: false },
        },
        {
          from: 'E08000036',
          cells: [
            cell('E08000035', 0),
            cell('E08000036', null),
            cell('outside-region', null),
            cell('not-known', 0),
          ],
          total: { count: null, suppressed: true },
        },
      ],
      columnTotals: [],
      total: { count: null, suppressed: true },
      approximate: true,
    };
    const chart = flowsChartOf(flows, (gss) => names[gss as keyof typeof names] ?? gss);
    expect(chart).toContain('Not drawn, as their totals are suppressed: Wakefield.');
    expect(chart).toContain(
      'Leeds: In the authority 20, Elsewhere in the region 0, Outside the region 6, Not known 0, Suppressed 0 (total 26)',
    );
    expect(chart).not.toContain('Wakefield:');
  });
});

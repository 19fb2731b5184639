import type { GssCode, Placement } from '@placewise/model';
import { describe, expect, it } from 'vitest';
import { computeFlows, NOT_KNOWN, OUTSIDE_REGION } from './flows.js';

const MANCHESTER = 'E08000003';
const SALFORD = 'E08000006';
const BOLTON = 'E08000001';

/** `n` placements of synthetic children at 31 March, as `summariseAuthority` would list them. */
function placed(prefix: string, n: number, where: GssCode | undefined, miles: number): Placement[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${i}/2024-01-15`,
    childId: `${prefix}${i}`,
    start: '2024-01-15',
    placementType: 'K2',
    category: 'childrens-home',
    episodeCount: 1,
    distanceMiles: miles,
    ...(where ? { placementAuthority: where } : {}),
  }));
}

// Manchester: 12 placed in Manchester (2.0 miles), 7 in Salford (5.5), 6 in Bolton, outside the region (10.0).
const manchester = {
  gss: MANCHESTER,
  placements: [
    ...placed('M', 12, MANCHESTER, 2),
    ...placed('N', 7, SALFORD, 5.5),
    ...placed('O', 6, BOLTON, 10),
  ],
};
// Salford: 5 in Manchester (4.0), 9 in Salford (1.5), 5 whose placement postcode did not locate (no PL_LA).
const salford = {
  gss: SALFORD,
  placements: [
    ...placed('S', 5, MANCHESTER, 4),
    ...placed('T', 9, SALFORD, 1.5),
    ...placed('U', 5, undefined, 0),
  ],
};
// Manchester again, from a later extract sent by mistake: 8 more children, all placed in Salford.
const manchesterAgain = { gss: MANCHESTER, placements: placed('X', 8, SALFORD, 6) };

describe('computeFlows', () => {
  it('counts each placing authority once when it is given twice, and reports the later entry', () => {
    const flows = computeFlows([manchester, salford, manchesterAgain], { approximate: false });
    expect(flows.columns).toEqual([MANCHESTER, SALFORD, OUTSIDE_REGION, NOT_KNOWN]);
    expect(flows.rows.map((r) => r.from)).toEqual([MANCHESTER, SALFORD]);
    // Counted by hand from the lists above: the later Manchester's 8 are not in any cell.
    expect(flows.rows.map((r) => r.cells.map((c) => c.count))).toEqual([
      [12, 7, 6, 0],
      [5, 9, 0, 5],
    ]);
    expect(flows.rows.map((r) => r.total.count)).toEqual([25, 19]);
    expect(flows.columnTotals.map((c) => c.count)).toEqual([17, 16, 6, 5]);
    expect(flows.total.count).toBe(44);
    expect(flows.rows[0]?.cells.map((c) => c.meanMiles)).toEqual([2, 5.5, 10, null]);
    expect(flows.issues).toEqual([
      {
        code: 'region.authority-duplicate',
        severity: 'error',
        message: `${MANCHESTER} is given more than once; only its first entry is counted.`,
        location: { path: [2, 'gss'] },
      },
    ]);
  });

  it('gives the same matrix as before, with no issues field, when every authority is given once', () => {
    const once = computeFlows([manchester, salford], { approximate: false });
    expect(once).not.toHaveProperty('issues');
    const { issues, ...twice } = computeFlows([manchester, salford, manchesterAgain], { approximate: false });
    expect(issues).toHaveLength(1);
    expect(twice).toStrictEqual(once);
  });
});

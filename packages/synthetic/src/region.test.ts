import { describe, expect, it } from 'vitest';
import { generateRegion, regionAuthorities } from './region.js';

describe('generateRegion', () => {
  it('takes Leeds and its real West Yorkshire neighbours', () => {
    // Leeds, Bradford, Wakefield, Kirklees, Calderdale: the five West Yorkshire metropolitan districts.
    expect(new Set(regionAuthorities('E08000035', 5))).toEqual(
      new Set(['E08000035', 'E08000032', 'E08000036', 'E08000034', 'E08000033']),
    );
  });

  it('places children across the region’s borders in realistic proportions', () => {
    const region = generateRegion({ seed: 2, authorities: 5, children: 200 });
    const codes = new Set<string>(region.map((la) => la.authority.code));
    expect(new Set(region.flatMap((la) => la.children.map((c) => c.id))).size).toBe(
      region.reduce((n, la) => n + la.children.length, 0),
    );
    let own = 0;
    let neighbour = 0;
    let beyond = 0;
    for (const la of region)
      for (const p of la.placements) {
        if (p.placementAuthority === undefined) continue;
        if (p.placementAuthority === la.authority.code) own += 1;
        else if (codes.has(p.placementAuthority)) neighbour += 1;
        else beyond += 1;
      }
    const total = own + neighbour + beyond;
    // DfE: about four in ten children looked after are placed outside their own authority.
    expect((neighbour + beyond) / total).toBeGreaterThan(0.2);
    expect((neighbour + beyond) / total).toBeLessThan(0.6);
    expect(neighbour).toBeGreaterThan(0);
  });
});

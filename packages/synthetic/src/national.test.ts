import { describe, expect, it } from 'vitest';
import { generateNational } from './national.js';

describe('generateNational', () => {
  const england = generateNational({ seed: 5, authorities: 40, children: 6_000, years: 1 });

  it('gives every authority its own real area and unique child and setting ids', () => {
    expect(new Set(england.map((la) => la.authority.code)).size).toBe(40);
    const childIds = england.flatMap((la) => la.children.map((c) => c.id));
    expect(new Set(childIds).size).toBe(childIds.length);
    const settingIds = england.flatMap((la) => la.settings.map((s) => s.id));
    expect(new Set(settingIds).size).toBe(settingIds.length);
  });

  it('places each child only in its own authority’s settings', () => {
    for (const la of england) {
      const own = new Set(la.settings.map((s) => s.id));
      for (const placement of la.placements) {
        if (placement.settingId) expect(own.has(placement.settingId)).toBe(true);
      }
    }
  });
});

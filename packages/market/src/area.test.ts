import { describe, expect, it } from 'vitest';
import { resolveMarketArea } from './area.js';

describe('resolveMarketArea', () => {
  it('resolves a region by the name Ofsted uses, case ignored', () => {
    const { value, issues } = resolveMarketArea({ region: 'north west' });
    expect(issues).toEqual([]);
    expect(value.label).toBe('North West');
    expect(value.authorities).toContain('E08000003'); // Manchester
    expect(value.authorities).not.toContain('E08000035'); // Leeds
    expect(value.includes('anything', 'North West')).toBe(true);
  });

  it('resolves authorities by code or by Ofsted’s spelling of the name', () => {
    const { value } = resolveMarketArea({
      authorities: ['E08000035', 'Bournemouth, Christchurch & Poole', 'St. Helens'],
    });
    expect(value.authorities).toEqual(['E08000035', 'E06000058', 'E08000013']);
    expect(value.includes('E06000058', '')).toBe(true);
  });

  it('reports an unknown region or authority as a located issue', () => {
    expect(resolveMarketArea({ region: 'Narnia' }).issues[0]).toMatchObject({ code: 'area.unknown-region' });
    expect(resolveMarketArea({ authorities: ['E08000035', 'Nowhere'] }).issues[0]).toMatchObject({
      code: 'area.unknown-authority',
      location: { path: ['authorities', 1] },
    });
  });
});

describe('split authorities', () => {
  it("points to the former authority whose name Ofsted's records keep", async () => {
    const { buildMarketReport } = await import('./report.js');
    const data = {
      authorities: [],
      providers: { asAt: '2023-03-31', source: '', providers: [] },
      homes: [],
      flow: [],
      spend: [],
      sources: { homes: '', flow: '', spend: '' },
    };
    const notes = buildMarketReport(data, { authorities: ['E06000063'] }).notes;
    expect(notes.some((n) => n.includes('add E10000006'))).toBe(true);
    const both = buildMarketReport(data, { authorities: ['E06000063', 'E10000006'] }).notes;
    expect(both.some((n) => n.includes('add E10000006'))).toBe(false);
  });
});

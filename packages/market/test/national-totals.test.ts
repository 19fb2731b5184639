import { describe, expect, it } from 'vitest';
import { loadEmbeddedMarketData } from '../src/data.js';
import { buildMarketReport } from '../src/index.js';

// Ofsted's published national totals of children's homes and places at 31 March (Children's social care
// data in England 2023, 2024, 2025), as ../shared/data/README.md records them. 2023 and 2024 count all
// three kinds of children's home; the 2025 headline counts the children's home kind only.
const PUBLISHED = [
  { year: 2023, kinds: undefined, homes: 3119, places: 13528 },
  { year: 2024, kinds: undefined, homes: 3491, places: 14486 },
  { year: 2025, kinds: ['childrens-home'] as const, homes: 3946, places: 14259 },
];

describe("England's homes and places against Ofsted's published totals", () => {
  const data = loadEmbeddedMarketData();
  const rows = PUBLISHED.map((p) => {
    const report = buildMarketReport(
      data,
      { england: true },
      p.kinds ? { year: p.year, kinds: p.kinds } : { year: p.year },
    );
    return {
      year: p.year,
      homes: report.supply.homes,
      publishedHomes: p.homes,
      homesOff: `${((report.supply.homes / p.homes - 1) * 100).toFixed(2)}%`,
      places: report.supply.places,
      publishedPlaces: p.places,
      placesOff: `${((report.supply.places / p.places - 1) * 100).toFixed(2)}%`,
    };
  });

  it('prints ours beside the published figures and each is within 1%', () => {
    console.table(rows);
    for (const row of rows) {
      expect(Math.abs(row.homes / row.publishedHomes - 1)).toBeLessThan(0.01);
      expect(Math.abs(row.places / row.publishedPlaces - 1)).toBeLessThan(0.01);
    }
  });

  it('adds up to the same England total whichever way the country is cut', () => {
    const england = buildMarketReport(data, { england: true }, { year: 2025 });
    const regions = [...new Set(data.authorities.map((la) => la.region))];
    const byRegion = regions.map(
      (region) => buildMarketReport(data, { region }, { year: 2025 }).supply.places,
    );
    expect(byRegion.reduce((a, b) => a + b, 0)).toBe(england.supply.places);
  });
});

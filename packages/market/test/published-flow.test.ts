import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEmbeddedMarketData } from '../src/data.js';
import { buildMarketReport } from '../src/index.js';

// The raw Ofsted file sits in ../shared/data in the development checkout; the package embeds a derived
// copy. Where the raw file is present the test counts it independently, line by line.
const raw = join(import.meta.dirname, '../../../../shared/data/ofsted-joiners-leavers-2017-2025.csv');

function countRaw(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const lines = text.split(/\r?\n/).slice(1);
  for (const line of lines) {
    if (!line) continue;
    // year, urn and provision type come first and are never quoted in this file.
    const [year, , type] = line.split(',');
    const event = /,(joiner|leaver),/.exec(line)?.[1];
    if (type !== "Children's home" || !event) continue;
    const key = `${year}|${event}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

describe.runIf(existsSync(raw))("joiners and leavers against Ofsted's published counts", () => {
  it("reproduces each year's count of children's homes joining and leaving", () => {
    const published = countRaw(readFileSync(raw, 'utf8'));
    const report = buildMarketReport(
      loadEmbeddedMarketData(),
      { england: true },
      { kinds: ['childrens-home'] },
    );
    const rows = report.flow.years.map((y) => ({
      year: y.year,
      joiners: y.openedHomes,
      publishedJoiners: published.get(`${y.year}|joiner`),
      leavers: y.closedHomes,
      publishedLeavers: published.get(`${y.year}|leaver`),
    }));
    console.table(rows);
    expect(rows.map((r) => r.year)).toEqual([
      2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025,
    ]);
    for (const row of rows) {
      expect(row.joiners).toBe(row.publishedJoiners);
      expect(row.leavers).toBe(row.publishedLeavers);
    }
  });
});

describe('joiners and leavers without the raw file', () => {
  it("matches the 2025 count in Ofsted's joiners and leavers file (677 children's homes joined, 139 left)", () => {
    const report = buildMarketReport(
      loadEmbeddedMarketData(),
      { england: true },
      { kinds: ['childrens-home'] },
    );
    const y2025 = report.flow.years.find((y) => y.year === 2025);
    expect(y2025?.openedHomes).toBe(677);
    expect(y2025?.closedHomes).toBe(139);
  });
});

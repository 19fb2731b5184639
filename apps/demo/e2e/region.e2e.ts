import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoSession, openDemo, screenshot, seriousViolations, showPage } from './browser.js';

let session: DemoSession;
beforeAll(async () => {
  session = await openDemo();
});
afterAll(async () => {
  await session?.close();
});

const rows = (selector: string) =>
  session.page
    .locator(`${selector} tbody tr`)
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')),
    );

describe('region', () => {
  it('shows five authorities side by side, suppressed flows, and a planner map', async () => {
    await showPage(session, 'region');
    const { page } = session;
    expect(await page.locator('h1').first().textContent()).toContain('Region');
    const [indicators, flows] = await Promise.all([
      rows('#region-report table:nth-of-type(1)'),
      rows('#region-report table:nth-of-type(2)'),
    ]);
    // Indicator columns: the five authorities, then the region, whose looked-after count is their sum.
    const looked = indicators.find((r) => r[0] === 'Looked after at 31 March') ?? [];
    const values = looked.slice(1).map(Number);
    expect(values).toHaveLength(6);
    expect(values.slice(0, 5).reduce((a, b) => a + b, 0)).toBe(values[5]);
    // The flows table: no shown count from 1 to 4 anywhere.
    for (const row of flows)
      for (const cell of row.slice(1)) {
        const n = Number(cell.split(' ')[0]);
        if (cell !== 'c') expect(n === 0 || n >= 5).toBe(true);
      }
    expect(await page.locator('#region-report svg').count()).toBeGreaterThan(0);
    expect(await page.locator('#region-plan').textContent()).toMatch(
      /Children brought within 20 miles\s*\d+/,
    );
    expect(await page.locator('figure svg[role="img"]').count()).toBeGreaterThan(1);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'region');
  }, 120_000);
});

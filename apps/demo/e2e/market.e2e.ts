import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoSession, openDemo, screenshot, seriousViolations, showPage } from './browser.js';
import { readCharts } from './charts.js';

let session: DemoSession;
beforeAll(async () => {
  session = await openDemo();
});
afterAll(async () => {
  await session?.close();
});

const count = (text: string) => Number(text.replace(/[,\s]/g, '').replace(/\(.*$/, ''));
const cells = (selector: string) =>
  session.page
    .locator(`${selector} tbody tr`)
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')),
    );

describe('market', () => {
  it("shows England's homes and places by sector, adding up to Ofsted's 2025 total", async () => {
    await showPage(session, 'market');
    const { page } = session;
    expect(await page.locator('h1').first().textContent()).toContain('Market');
    const sectors = await cells('#market-sectors');
    expect(sectors.map((r) => r[0])).toEqual(['Local authority', 'Private', 'Voluntary', 'Health authority']);
    // All three kinds of children's home at 31 March 2025 (README of the embedded data: 4,008).
    expect(sectors.reduce((sum, r) => sum + count(r[1] ?? ''), 0)).toBe(4008);
    expect(await page.locator('#market-concentration').textContent()).toMatch(
      /Largest 5 owners’ share of places\s*\d+\.\d%/,
    );
    expect((await cells('#market-owners')).length).toBe(10);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('draws openings and closures by year as a named chart matching the table', async () => {
    await showPage(session, 'market');
    const [chart] = await readCharts(session.page, '#market-result');
    expect(chart?.role).toBe('img');
    expect(chart?.title).toBe("Children's homes opened and closed each year, England");
    const flow = await cells('#market-flow');
    expect(flow.map((r) => r[0])).toContain('2024-25');
    // Each drawn bar pair carries the same opened and closed counts as the table's row.
    const drawn = chart?.bars ?? [];
    expect(drawn.length).toBeGreaterThan(0);
    const last = flow.find((r) => r[0] === '2024-25');
    expect(drawn.flat().join(' ')).toContain(String(count(last?.[1] ?? '')));
  });

  it('switches to a region chosen from the list', async () => {
    await showPage(session, 'market');
    const { page } = session;
    await page.selectOption('#area', 'region:North West');
    await page.selectOption('#year', '2024');
    await page.getByRole('button', { name: 'Show the market' }).click();
    await page.waitForSelector('#market-result[data-area="region:North West"]');
    expect(await page.locator('#market-result h2').first().textContent()).toContain('North West');
    expect(await page.locator('#market-sectors caption').textContent()).toContain('2024-03-31');
    const total = (await cells('#market-sectors')).reduce((sum, r) => sum + count(r[1] ?? ''), 0);
    expect(total).toBeGreaterThan(500);
    expect(total).toBeLessThan(4008);
    await screenshot(page, 'market-north-west');
  });

  it('says so rather than give a share for an authority with few owners', async () => {
    await showPage(session, 'market');
    const { page } = session;
    await page.selectOption('#area', 'la:E09000001'); // City of London: no children's homes
    await page.getByRole('button', { name: 'Show the market' }).click();
    await page.waitForSelector('#market-result[data-area="la:E09000001"]');
    expect(await page.locator('#market-concentration').textContent()).toContain('not shown');
  });
});

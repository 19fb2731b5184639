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

const pounds = (text: string) => Number(text.replace(/[£,]/g, ''));

describe('costs', () => {
  it('shows weekly fee distributions by category beside reference figures', async () => {
    await showPage(session, 'costs');
    const { page } = session;
    const rows = await page
      .locator('#cost-groups tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')),
      );
    expect(rows.length).toBeGreaterThan(2);
    for (const [, , q1 = '', median = '', q3 = ''] of rows) {
      expect(pounds(q1)).toBeLessThanOrEqual(pounds(median));
      expect(pounds(median)).toBeLessThanOrEqual(pounds(q3));
    }
    expect(await page.locator('#cost-references tbody tr').count()).toBeGreaterThan(0);
    // The box plot is named and described, and its table lists the same medians as the page's table.
    const [chart] = await readCharts(page, '#distributions');
    expect(chart?.role).toBe('img');
    expect(chart?.title).toBe('Weekly fees by placement category');
    expect(chart?.description).toContain('median £');
    expect(chart?.table?.caption).toBe('Weekly fees by placement category');
    const medians = chart?.table?.rows.map((r) => [r[0], r[3]]) ?? [];
    expect(medians.length).toBeGreaterThan(2);
    expect(rows.map((r) => [r[0], r[3]])).toEqual(expect.arrayContaining(medians));
  });

  it('works out a scenario and states its assumptions', async () => {
    await showPage(session, 'costs');
    const { page } = session;
    await page.getByRole('button', { name: 'Work out the saving' }).click();
    await page.waitForSelector('#scenario-result[data-done]');
    const text = (await page.locator('#scenario-result').textContent()) ?? '';
    expect(text).toMatch(/Spend a year now\s*£[\d,]+/);
    expect(text).toContain('Assumptions');
    await screenshot(page, 'costs-scenario');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('asks for a whole number of children', async () => {
    await showPage(session, 'costs');
    const { page } = session;
    await page.fill('#count', 'two');
    await page.getByRole('button', { name: 'Work out the saving' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('How many children must be a whole number');
  });
});

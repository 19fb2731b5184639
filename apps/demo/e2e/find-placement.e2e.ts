import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, type DemoSession, openDemo, screenshot, seriousViolations, showPage } from './browser.js';
import { readCharts } from './charts.js';

let session: DemoSession;
beforeAll(async () => {
  session = await openDemo();
});
afterAll(async () => {
  await session?.close();
});

async function rankedRows(session: DemoSession): Promise<string[][]> {
  return session.page
    .locator('#ranked-vacancies tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')),
    );
}

describe('find a placement', () => {
  it('returns ranked vacancies for the referral, best first, each score explained', async () => {
    await showPage(session, 'find-a-placement');
    const { page } = session;
    await page.getByRole('button', { name: 'Find placements' }).click();
    await page.waitForSelector('#match-results[data-done]');
    const rows = await rankedRows(session);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => Number(r[0]))).toEqual(rows.map((_, i) => i + 1));
    const scores = rows.map((r) => Number(r[5]));
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const s of scores) expect(s).toBeGreaterThanOrEqual(0);
    for (const s of scores) expect(s).toBeLessThanOrEqual(1);
    // The first vacancy's explanation lists its criteria, and their contributions add up to its score.
    const first = page.locator('details.govuk-details').first();
    await first.locator('summary').click();
    const contributions = await first
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => Number(tr.querySelectorAll('td')[2]?.textContent ?? 'NaN')));
    expect(contributions.length).toBeGreaterThan(0);
    expect(contributions.reduce((a, b) => a + b, 0)).toBeCloseTo(scores[0] ?? 0, 1);
    expect(await page.locator('svg.pw-map').count()).toBe(1);
    // The map is named and described, and its table ranks the same vacancies in the same order.
    const [map] = await readCharts(page, '#match-results');
    expect(map?.role).toBe('img');
    expect(map?.title).toBe('Vacancies by straight-line distance from the family home');
    expect(map?.description).toMatch(/^\d+ ranked and \d+ excluded places/);
    const ranked = map?.table?.rows.filter((r) => r[1] !== 'excluded') ?? [];
    expect(ranked.slice(0, rows.length).map((r) => [r[1], r[0]])).toEqual(rows.map((r) => [r[0], r[1]]));
    // The ten best-ranked vacancies are numbered on the distance view.
    expect(await page.locator('svg.pw-map text.pw-map__rank').count()).toBe(Math.min(10, rows.length));
    await page.locator('svg.pw-map').screenshot({ path: `${ARTIFACTS}distance-view.png` });
    await screenshot(page, 'find-a-placement-results');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('narrows the results when a hard limit on distance is given', async () => {
    await showPage(session, 'find-a-placement');
    const { page } = session;
    await page.getByRole('button', { name: 'Find placements' }).click();
    await page.waitForSelector('#match-results[data-done]');
    const before = await page.locator('#match-results > p').first().textContent();
    await page.fill('#maxDistanceMiles', '3');
    await page.getByRole('button', { name: 'Find placements' }).click();
    await page.waitForFunction(
      (text) => document.querySelector('#match-results > p')?.textContent !== text,
      before,
    );
    const eligible = (text: string | null) => Number(/^([\d,]+) of/.exec(text ?? '')?.[1]?.replace(',', ''));
    const after = await page.locator('#match-results > p').first().textContent();
    expect(eligible(after)).toBeLessThan(eligible(before));
  });

  it('says which suitability each placement type has, and excludes an unsuitable type with its reason', async () => {
    await showPage(session, 'find-a-placement');
    const { page } = session;
    expect(await page.locator('#residential option').allTextContents()).toContain('Unsuitable (excluded)');
    await page.selectOption('#residential', 'unsuitable');
    await page.getByRole('button', { name: 'Find placements' }).click();
    await page.waitForSelector('#match-results[data-done]');
    expect(await page.locator('#match-results').textContent()).toContain(
      'residential care unsuitable (excluded)',
    );
    const types = (await rankedRows(session)).map((r) => r[2]);
    expect(types.some((t) => /home/i.test(t ?? ''))).toBe(false);
    expect(await page.locator('#excluded-reasons').textContent()).toContain(
      'marks this type of placement (foster, residential or supported accommodation) as unsuitable',
    );
  });

  it('excludes vacancies near a place to avoid, naming it by its label and never its postcode', async () => {
    await showPage(session, 'find-a-placement');
    const { page } = session;
    const home = await page.inputValue('#home');
    await page.fill('#avoid', home);
    await page.fill('#avoidLabel', 'area of known exploitation');
    await page.getByRole('button', { name: 'Find placements' }).click();
    await page.waitForSelector('#match-results[data-done]');
    const reasons = (await page.locator('#excluded-reasons').textContent()) ?? '';
    expect(reasons).toContain('Within 5 miles of “area of known exploitation”');
    expect(reasons).not.toContain(home);
    expect(await page.locator('#match-results').textContent()).toMatch(
      /Policy placewise-default version 2026-11/,
    );
  });

  it('shows a GOV.UK error summary for an impossible date, linked to the field', async () => {
    await showPage(session, 'find-a-placement');
    const { page } = session;
    await page.fill('#dateOfBirth-month', '13');
    await page.getByRole('button', { name: 'Find placements' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Date of birth must be a real date');
    await summary.locator('a').first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('dateOfBirth-day');
    await screenshot(page, 'find-a-placement-error');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoSession, isLocal, openDemo, screenshot, seriousViolations, showPage } from './browser.js';

const PAGES = [
  { id: 'sufficiency', heading: 'Sufficiency' },
  { id: 'forecast', heading: 'Forecast' },
  { id: 'find-a-placement', heading: 'Find a placement' },
  { id: 'costs', heading: 'Costs' },
  { id: 'market', heading: 'Market' },
  { id: 'region', heading: 'Region' },
  { id: 'your-own-data', heading: 'Your own data' },
];

let session: DemoSession;
beforeAll(async () => {
  session = await openDemo();
});
afterAll(async () => {
  await session?.close();
});

describe('every page', () => {
  for (const { id, heading } of PAGES) {
    it(`renders ${heading} with no serious accessibility violations`, async () => {
      await showPage(session, id);
      const { page } = session;
      expect(await page.locator('h1').first().textContent()).toContain(heading);
      expect(await page.title()).toContain(heading);
      // The service navigation marks the page as current.
      expect(
        await page.locator('.govuk-service-navigation__link[aria-current="page"]').textContent(),
      ).toContain(heading);
      await screenshot(page, `page-${id}`);
      const violations = await seriousViolations(page);
      expect(
        violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
      ).toEqual([]);
    });
  }

  it('is reachable from the service navigation by keyboard', async () => {
    await showPage(session, 'sufficiency');
    const { page } = session;
    const link = page.locator('.govuk-service-navigation__list a', { hasText: 'Costs' });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#page[data-page="costs"]:not([aria-busy])');
    expect(await page.locator('h1').first().textContent()).toContain('Costs');
  });

  it('raised no script errors and no CSP violations', () => {
    expect(session.problems).toEqual([]);
  });

  it('made no request beyond its own origin', () => {
    expect(session.requests.length).toBeGreaterThan(0);
    expect(session.requests.filter((url) => !isLocal(url))).toEqual([]);
  });
});

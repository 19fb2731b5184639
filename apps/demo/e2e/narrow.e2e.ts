import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoSession, openDemo, screenshot, showPage } from './browser.js';

/** The narrowest phone width GOV.UK designs for. */
const WIDTH = 375;

let session: DemoSession;
beforeAll(async () => {
  session = await openDemo();
  await session.page.setViewportSize({ width: WIDTH, height: 800 });
});
afterAll(async () => {
  await session?.close();
});

describe(`at ${WIDTH} px wide`, () => {
  it('no page is wider than the screen (every page in the service navigation)', async () => {
    await showPage(session, 'sufficiency');
    const ids = await session.page.$$eval('.govuk-service-navigation__list a', (links) =>
      links.map((a) => (a as HTMLAnchorElement).hash.slice(1)),
    );
    expect(ids.length).toBeGreaterThanOrEqual(5);
    const wide: string[] = [];
    for (const id of ids) {
      await showPage(session, id);
      const { scrollWidth, culprit } = await session.page.evaluate(() => {
        const limit = document.documentElement.clientWidth;
        // The outermost element whose right edge passes the screen's, to say what overflows.
        const over = [...document.querySelectorAll('main *:not(.pw-table-scroll *)')].find(
          (el) => el.getBoundingClientRect().right > limit + 1,
        );
        return {
          scrollWidth: document.documentElement.scrollWidth,
          culprit: over ? `${over.tagName.toLowerCase()}.${[...over.classList].join('.')}` : '',
        };
      });
      if (scrollWidth > WIDTH) {
        wide.push(`${id}: ${scrollWidth} px (${culprit})`);
        await screenshot(session.page, `narrow-${id}`);
      }
    }
    expect(wide).toEqual([]);
  });

  it('a wide table scrolls inside its own focusable container', async () => {
    await showPage(session, 'sufficiency');
    const container = session.page.locator('.pw-table-scroll').first();
    expect(await container.getAttribute('tabindex')).toBe('0');
    expect(await container.getAttribute('aria-label')).toBeTruthy();
    const fits = await container.evaluate((el) => el.getBoundingClientRect().right <= window.innerWidth);
    expect(fits).toBe(true);
  });
});

import type { Page } from './page.js';

/**
 * A page whose code is fetched only when it is first shown: one line in `main.ts`,
 * `lazyPage('forecast', 'Forecast', () => import('./pages/forecast.js'))`. The module must export a
 * `Page` with the same `id`; the router needs the id and title before the code arrives.
 */
export function lazyPage(id: string, title: string, load: () => Promise<Record<string, unknown>>): Page {
  let page: Promise<Page> | undefined;
  const resolve = async (): Promise<Page> => {
    const exports = Object.values(await load());
    const found = exports.find((value): value is Page => (value as Page | undefined)?.id === id);
    if (!found) throw new Error(`The module for the ${id} page exports no page with that id.`);
    return found;
  };
  return {
    id,
    title,
    async render(root) {
      page ??= resolve();
      await (await page).render(root);
    },
  };
}

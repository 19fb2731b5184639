import type { Page } from 'playwright-core';

/** What a screen reader and a table reader get from one chart on the page. */
export interface ChartReading {
  role: string | null;
  /** Text of the `<title>` the svg's `aria-labelledby` points at first (null if it points elsewhere). */
  title: string | null;
  /** Text of the `<desc>` it points at second. */
  description: string | null;
  /** Caption and body rows of the figure's data table; null when the figure has none. */
  table: { caption: string; rows: string[][] } | null;
  /** For bar charts: each bar's label and written value, as drawn. */
  bars: string[][];
}

/** Reads every chart (`svg.pw-chart`) inside `scope`: its name, description, table and drawn bar values. */
export async function readCharts(page: Page, scope: string): Promise<ChartReading[]> {
  return page.locator(`${scope} svg.pw-chart`).evaluateAll((svgs) =>
    svgs.map((svg) => {
      const [titleId = '', descId = ''] = (svg.getAttribute('aria-labelledby') ?? '').split(' ');
      const title = document.getElementById(titleId);
      const desc = document.getElementById(descId);
      const table = svg.closest('figure')?.querySelector('table');
      const texts = (el: Element) =>
        [...el.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '');
      return {
        role: svg.getAttribute('role'),
        title: title?.tagName === 'title' && svg.contains(title) ? (title.textContent ?? '') : null,
        description: desc?.tagName === 'desc' && svg.contains(desc) ? (desc.textContent ?? '') : null,
        table: table
          ? {
              caption: table.querySelector('caption')?.textContent?.trim() ?? '',
              rows: [...table.querySelectorAll('tbody tr')].map(texts),
            }
          : null,
        bars: [...svg.querySelectorAll('g.pw-chart__bar')].map((g) =>
          [...g.querySelectorAll('text')].map((t) => t.textContent ?? ''),
        ),
      };
    }),
  );
}

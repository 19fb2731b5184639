import { existsSync, readdirSync } from 'node:fs';
import { defineConfig } from 'vitepress';

const here = new URL('..', import.meta.url).pathname;

/** The API reference TypeDoc writes to `api/@placewise/<package>/`, listed in the sidebar. */
function apiSidebar() {
  const dir = `${here}api/@placewise`;
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ text: `@placewise/${d.name}`, link: `/api/@placewise/${d.name}/` }));
}

export default defineConfig({
  title: 'Placewise',
  description:
    'Open-source TypeScript building blocks for the sufficiency duty for children in care: model, rules, matching, costs.',
  lang: 'en-GB',
  // Links end in .html, so the built site works on any plain static file server.
  cleanUrls: false,
  lastUpdated: false,
  // No fonts, analytics or search service from elsewhere: the site works offline.
  head: [['meta', { name: 'referrer', content: 'no-referrer' }]],
  srcExclude: ['**/README.md', 'examples/**', 'test/**'],
  themeConfig: {
    nav: [
      { text: 'Getting started', link: '/getting-started' },
      { text: 'Concepts', link: '/concepts/episodes-and-placements' },
      { text: 'Recipes', link: '/recipes/' },
      { text: 'Decisions', link: '/decisions/' },
      { text: 'API', link: '/api/' },
    ],
    sidebar: [
      { text: 'Getting started', link: '/getting-started' },
      {
        text: 'Concepts',
        items: [
          { text: 'Episodes and placements', link: '/concepts/episodes-and-placements' },
          { text: 'Placement categories', link: '/concepts/placement-categories' },
          { text: 'The duty and its rules', link: '/concepts/the-duty' },
        ],
      },
      { text: 'Recipes', link: '/recipes/' },
      { text: 'Decisions', link: '/decisions/' },
      { text: 'API reference', link: '/api/', items: apiSidebar() },
    ],
    search: { provider: 'local' },
    outline: { level: [2, 3] },
  },
});

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const DIST = new URL('../.vitepress/dist/', import.meta.url).pathname;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/**
 * A plain static file server: a path names a file, a path ending in `/` its folder's index.html, and
 * nothing else (no clean-URL rewriting, no fallback page), as on GitHub Pages' or nginx's defaults.
 */
function plainPath(urlPath: string): string | undefined {
  const path = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/');
  const file = normalize(join(DIST, path.endsWith('/') ? `${path}index.html` : path));
  return file.startsWith(DIST) && existsSync(file) && statSync(file).isFile() ? file : undefined;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? htmlFiles(join(dir, d.name)) : d.name.endsWith('.html') ? [join(dir, d.name)] : [],
  );
}

let server: Server;
let origin: string;
let context: BrowserContext | undefined;
let profile: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const file = plainPath(request.url ?? '/');
    if (!file) return void response.writeHead(404).end('Not found');
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  await context?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
  await new Promise((resolve) => server.close(resolve));
});

describe('the built docs site', () => {
  it('was built (pnpm docs:build)', () => {
    expect(existsSync(join(DIST, 'index.html'))).toBe(true);
  });

  it('has no internal link a plain static server cannot answer', () => {
    const broken = new Set<string>();
    const pages = htmlFiles(DIST);
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      const base = new URL(page.slice(DIST.length - 1), origin);
      for (const [, href] of html.matchAll(/<a [^>]*href="([^"]+)"/g)) {
        if (!href || /^(https?:|mailto:|#|data:)/.test(href)) continue;
        const target = new URL(href.replaceAll('&amp;', '&'), base);
        if (!plainPath(target.pathname)) broken.add(`${base.pathname} -> ${href}`);
      }
    }
    expect([...broken]).toEqual([]);
  });

  it('serves pages by their link on a plain server, and code blocks never widen a page at 1280 px', async () => {
    profile = mkdtempSync(join(tmpdir(), 'placewise-docs-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.PLACEWISE_CHROMIUM ?? '/usr/bin/chromium',
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
      ],
      viewport: { width: 1280, height: 900 },
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${origin}/index.html`);
    // Follow the nav's first link as a reader would: it must load from the plain server.
    const first = await page.locator('.VPNavBar a[href*="getting-started"]').first().getAttribute('href');
    expect(first).toMatch(/\.html$/);
    const response = await page.goto(new URL(first ?? '', `${origin}/`).href);
    expect(response?.status()).toBe(200);

    // Every guide page with code, and the API reference's pages with the longest code lines (its ~300
    // pages share one layout).
    const longestLine = (html: string) =>
      Math.max(
        0,
        ...[...html.matchAll(/<span class="line">(.*?)<\/span>\n?/g)].map((m) => (m[1] ?? '').length),
      );
    const pages = htmlFiles(DIST)
      .map((file) => ({ path: file.slice(DIST.length - 1), html: readFileSync(file, 'utf8') }))
      .filter((p) => p.html.includes('class="language-'));
    const guides = pages.filter((p) => !p.path.startsWith('/api/'));
    const api = pages
      .filter((p) => p.path.startsWith('/api/'))
      .sort((a, b) => longestLine(b.html) - longestLine(a.html))
      .slice(0, 8);
    const withCode = [...guides, ...api].map((p) => p.path);
    expect(guides.length).toBeGreaterThan(0);
    const wide: string[] = [];
    for (const path of withCode) {
      await page.goto(`${origin}${path}`);
      const result = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        blocks: [...document.querySelectorAll('.vp-doc div[class*="language-"]')].map((block) => {
          const pre = block.querySelector('pre');
          const scrolls = pre ? ['auto', 'scroll'].includes(getComputedStyle(pre).overflowX) : false;
          return { right: block.getBoundingClientRect().right, scrolls };
        }),
      }));
      if (result.page > 1280) wide.push(`${path}: page is ${result.page} px wide`);
      for (const block of result.blocks) {
        if (block.right > 1280 || !block.scrolls)
          wide.push(`${path}: a code block ends at ${block.right} px`);
      }
    }
    expect(wide).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../server.mjs';
import { type DemoSession, isLocal, openDemo, showPage } from './browser.js';

let session: DemoSession;
beforeAll(async () => {
  session = await openDemo();
});
afterAll(async () => {
  await session?.close();
});

describe('the served demo', () => {
  it('sends the strict Content-Security-Policy header and carries it as a meta tag', async () => {
    const response = await session.page.goto(session.url);
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    // Script from the page's own origin only; WebAssembly may be compiled, script may not be evaluated.
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'");
    const meta = await session.page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    // frame-ancestors is ignored (with a console warning) in a meta tag, so the meta policy leaves it out.
    expect(meta).toBe(META_CONTENT_SECURITY_POLICY);
  });

  it('has no inline script or inline style in its HTML', async () => {
    const html = await (await fetch(session.url)).text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/<style/);
  });

  it('blocks a request to another host (the browser cannot reach outside)', async () => {
    await showPage(session, 'sufficiency');
    const outcome = await session.page.evaluate(async () => {
      try {
        await fetch('https://example.org/');
        return 'reached';
      } catch {
        return 'blocked';
      }
    });
    expect(outcome).toBe('blocked');
  });

  it('loads its fonts from its own origin', async () => {
    await showPage(session, 'sufficiency');
    await session.page.evaluate(() => document.fonts.ready);
    const fonts = session.requests.filter((url) => /\.woff2?$/.test(url));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every(isLocal)).toBe(true);
  });
});

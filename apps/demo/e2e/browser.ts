import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { serveDemo } from '../server.mjs';

/** Debian's Chromium (`apt-get install chromium`); override with PLACEWISE_CHROMIUM. */
const EXECUTABLE = process.env.PLACEWISE_CHROMIUM ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Without this Chromium still resolves outside hosts on its own.
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

/** Where screenshots go (gitignored `artifacts/`). */
export const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));

/** An open demo: the page, the server's URL, and every request URL the browser made. */
export interface DemoSession {
  page: Page;
  context: BrowserContext;
  url: string;
  requests: string[];
  /** Console errors and CSP violations seen so far. */
  problems: string[];
  close(): Promise<void>;
}

/**
 * Serves the built demo on 127.0.0.1 and opens it in headless Chromium, recording every request.
 */
export async function openDemo(): Promise<DemoSession> {
  const server = await serveDemo();
  const profile = mkdtempSync(join(tmpdir(), 'placewise-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: EXECUTABLE,
    headless: true,
    args: ARGS,
    viewport: { width: 1200, height: 900 },
    serviceWorkers: 'block',
  });
  const requests: string[] = [];
  const problems: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return {
    page,
    context,
    url: server.url,
    requests,
    problems,
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Goes to a page of the demo by its hash and waits for it to finish rendering. */
export async function showPage(session: DemoSession, id: string): Promise<void> {
  await session.page.goto(`${session.url}#${id}`);
  await session.page.waitForSelector(`#page[data-page="${id}"]:not([aria-busy])`);
}

/** Writes a full-page screenshot to `artifacts/<name>.png`. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** An axe-core result entry, as far as the tests read it. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core (from the local package, evaluated through the DevTools protocol so the page's CSP,
 * which forbids inline scripts, stays on) and returns its serious and critical violations.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (context: Document) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Whether a URL stays on this machine (or is an in-page `data:`/`blob:`/`about:` URL). */
export function isLocal(url: string): boolean {
  const parsed = new URL(url);
  if (['data:', 'blob:', 'about:'].includes(parsed.protocol)) return true;
  return parsed.hostname === '127.0.0.1' || parsed.hostname === 'localhost';
}

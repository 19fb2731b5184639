import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The tests run against the built demo; build it when run without turbo's `build` first. */
export default async function setup(): Promise<void> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  if (existsSync(`${root}dist/index.html`)) return;
  const { build } = await import('vite');
  await build({ root, logLevel: 'warn' });
}

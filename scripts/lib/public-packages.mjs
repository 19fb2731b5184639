// The workspace's public packages: every `packages/*` whose package.json is not private.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const root = new URL('../..', import.meta.url).pathname;

/** @returns {{ dir: string, folder: string, pkg: Record<string, any> }[]} */
export function publicPackages() {
  const base = join(root, 'packages');
  return readdirSync(base)
    .filter((folder) => existsSync(join(base, folder, 'package.json')))
    .map((folder) => ({
      folder,
      dir: join(base, folder),
      pkg: JSON.parse(readFileSync(join(base, folder, 'package.json'), 'utf8')),
    }))
    .filter(({ pkg }) => !pkg.private);
}

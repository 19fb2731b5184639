// The workspace's folders (every `packages/*` and `apps/*` with a package.json, and `docs`) and the test
// files under one, for the scripts that run or check tests.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const root = new URL('../..', import.meta.url).pathname;

/** @returns {string[]} each workspace's absolute folder */
export function workspaceDirs() {
  return ['packages', 'apps']
    .flatMap((dir) =>
      existsSync(join(root, dir)) ? readdirSync(join(root, dir)).map((n) => join(root, dir, n)) : [],
    )
    .concat([join(root, 'docs')])
    .filter((dir) => existsSync(join(dir, 'package.json')));
}

/** @returns {string[]} the `*.test.ts(x)` files under `dir`, leaving out node_modules, dist and hidden folders */
export function testFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return testFiles(path);
    return /\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

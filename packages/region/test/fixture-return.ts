import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AuthorityReturn } from '../src/index.js';

const dir = join(import.meta.dirname, 'fixtures');

/**
 * One of the hand-written 2024-25 returns in `fixtures/` (Leeds E08000035, Wakefield E08000036; see
 * fixtures.test.ts for who is placed where), as `readAuthority` takes it.
 */
export const fixtureReturn = (gss: string): AuthorityReturn => ({
  gss,
  files: ['header.csv', 'episodes.csv'].map((name) => ({
    name,
    content: readFileSync(join(dir, gss, name), 'utf8'),
  })),
});

/** Every issue code the package emits is listed in SSDA903_ISSUE_CODES, with the severity it is raised at. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SSDA903_ISSUE_CODES } from '../src/issue-codes.js';
import { readReturnsByYear } from '../src/read-returns-by-year.js';

const SRC = join(import.meta.dirname, '..', 'src');

/** The library's source files (tests excluded), with their text. */
async function sources(): Promise<{ path: string; text: string }[]> {
  const entries = await readdir(SRC, { recursive: true });
  const paths = entries.filter((p) => p.endsWith('.ts') && !p.endsWith('.test.ts'));
  return Promise.all(paths.map(async (path) => ({ path, text: await readFile(join(SRC, path), 'utf8') })));
}

/**
 * Issue codes written as literals where an issue is made: `issue('…'`, `this.at('…'` (row-converter's
 * located issue), or an object's `code: '…'`. Calls may wrap, so whitespace between is allowed.
 */
const EMITTED = /(?:\bissue\(|\bat\(|\bcode:)\s*'([a-z0-9-]+\.[a-z0-9.-]+)'/g;

describe('SSDA903_ISSUE_CODES', () => {
  it('lists every code the source emits', async () => {
    const found = new Map<string, string>();
    for (const { path, text } of await sources()) {
      if (path === 'issue-codes.ts') continue;
      for (const match of text.matchAll(EMITTED)) found.set(match[1] as string, path);
    }
    // Codes known to be raised, from the reader, the cross-checks, the XML reader and readReturnsByYear:
    // the scan cannot pass by finding nothing.
    expect([...found.keys()]).toEqual(
      expect.arrayContaining([
        'column.missing',
        'value.missing',
        'episode.overlap',
        'xml.malformed',
        'year.not-found',
      ]),
    );
    const missing = [...found].filter(([code]) => !(code in SSDA903_ISSUE_CODES));
    expect(missing).toEqual([]);
  });

  it('gives each issue readReturnsByYear reports a listed code at its listed severity', () => {
    const episodes =
      'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';
    const { value, issues } = readReturnsByYear([
      { path: 'notes/readme.csv', content: 'a,b\n1,2\n' },
      {
        path: '2024/header.csv',
        content: 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nC1,M,01/06/2012,WBRI,UN1,,\n',
      },
      {
        path: '2024/episodes.csv',
        content: `${episodes}\nC1,01/05/2024,S,C2,N1,Q9,PR1,,,,,,\nC2,bad,S,C2,N1,U1,PR1,,,,,,\n`,
      },
      { path: '2023-24/return.xml', content: '<Message><Children>' },
    ]);
    const all = [...issues, ...value.flatMap((y) => y.issues)];
    expect(new Set(all.map((i) => i.code))).toEqual(
      new Set([
        'year.not-found',
        'year.inferred',
        'code.invalid',
        'date.invalid',

        'xml.malformed',
      ]),
    );
    for (const issue of all)
      expect([issue.code, issue.severity]).toEqual([
        issue.code,
        SSDA903_ISSUE_CODES[issue.code as keyof typeof SSDA903_ISSUE_CODES].severity,
      ]);
  });
});

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoSession, isLocal, openDemo, screenshot, seriousViolations, showPage } from './browser.js';

// Synthetic rows: a good child, a child with an impossible date of birth, an episode with an unknown
// placement type and one whose end is before its start.
const HEADER = [
  'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB',
  'A1,1,01/02/2012,WBRI,UN1,,',
  'A2,2,31/02/2011,WBRI,UN1,,',
].join('\n');
const EPISODES = [
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN',
  'A1,01/05/2024,S,C2,N1,U4,PR1,,,,LS6 1AA,LS7 2AB,SC123456',
  'A1,10/06/2024,P,C2,N1,ZZ9,PR1,,,,LS6 1AA,LS7 2AB,SC123456',
  'A2,05/09/2024,S,C2,N1,U4,PR1,01/09/2024,E11,,LS6 1AA,LS7 2AB,SC123456',
].join('\n');

/** Each body row of a table as its cells' text: for `#issues`, severity, code, file, row, column, message. */
const tableRows = (page: DemoSession['page'], table: string): Promise<string[][]> =>
  page
    .locator(`${table} tbody tr`)
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')),
    );

let session: DemoSession;
beforeAll(async () => {
  session = await openDemo();
});
afterAll(async () => {
  await session?.close();
});

describe('your own data', () => {
  it('asks for files when none are chosen, with a GOV.UK error summary linked to the field', async () => {
    await showPage(session, 'your-own-data');
    const { page } = session;
    await page.getByRole('button', { name: 'Check files' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Select one or more SSDA903 files');
    expect(await summary.locator('a').getAttribute('href')).toBe('#files');
  });

  it('reads malformed CSV files locally and shows each issue with its file, row and column', async () => {
    await showPage(session, 'your-own-data');
    const { page } = session;
    const before = session.requests.length;
    await page.setInputFiles('#files', [
      { name: 'header.csv', mimeType: 'text/csv', buffer: Buffer.from(HEADER) },
      { name: 'episodes.csv', mimeType: 'text/csv', buffer: Buffer.from(EPISODES) },
    ]);
    await page.getByRole('button', { name: 'Check files' }).click();
    await page.waitForSelector('#results[data-done]');
    const rows = await tableRows(page, '#issues');
    // Severity, code, file, row, column, message.
    const located = rows.filter((r) => r[2] && r[3] && r[4]);
    expect(located.length).toBeGreaterThanOrEqual(2);
    expect(located.some((r) => r[2] === 'header.csv' && r[4] === 'DOB')).toBe(true);
    expect(located.some((r) => r[2] === 'episodes.csv' && r[4] === 'PLACE')).toBe(true);
    // Messages name the column, never the value in it.
    for (const r of rows) expect(r[5]).not.toMatch(/31\/02\/2011|LS6 1AA/);
    await screenshot(page, 'own-data-issues');
    expect(await seriousViolations(page)).toEqual([]);
    // Reading the files sent nothing anywhere: no request was made at all after the page was shown.
    expect(session.requests.slice(before).filter((url) => !isLocal(url))).toEqual([]);
    expect(session.requests.slice(before).filter((url) => !url.startsWith('data:'))).toEqual([]);
  });
});

describe('files as Windows tools save them, read in the browser', () => {
  it('reads a UTF-16 Episodes file, names a workbook saved as .csv, and says how each was read', async () => {
    await showPage(session, 'your-own-data');
    const { page } = session;
    // The Header file as UTF-16 with its byte-order mark (.NET's Encoding.Unicode); an Episodes "CSV" that
    // is really an .xlsx (the zip signature, then what follows it in a workbook).
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(HEADER.split('\n').slice(0, 2).join('\r\n'), 'utf16le'),
    ]);
    const workbook = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]);
    await page.setInputFiles('#files', [
      { name: 'header.csv', mimeType: 'text/csv', buffer: utf16 },
      { name: 'episodes.csv', mimeType: 'text/csv', buffer: workbook },
    ]);
    await page.getByRole('button', { name: 'Check files' }).click();
    await page.waitForSelector('#results[data-done]');
    const rows = await tableRows(page, '#issues');
    // Severity, code, file, row, column, message.
    const codes = rows.map((r) => `${r[1]} ${r[2]}`);
    expect(codes).toContain('file.encoding header.csv');
    expect(codes).toContain('file.workbook episodes.csv');
    // The UTF-16 Header row of A1 was read: no issue says its columns are missing.
    expect(codes.some((c) => c.startsWith('column.missing'))).toBe(false);
  });
});

describe('a synthetic return with mistakes', () => {
  it('is generated in the page and every injected mistake shows up, located', async () => {
    await showPage(session, 'your-own-data');
    const { page } = session;
    await page.getByRole('button', { name: 'Check a synthetic return with mistakes' }).click();
    await page.waitForSelector('#results[data-done]');
    const intro = (await page.locator('#results > p').first().textContent()) ?? '';
    const injected = Number(/has (\d+) deliberate/.exec(intro)?.[1]);
    expect(injected).toBeGreaterThan(0);
    const rows = await tableRows(page, '#issues');
    // Severity, code, file, row, column, message: located to a file and row.
    const located = rows.filter((r) => r[2] && r[3]);
    expect(located.length).toBeGreaterThanOrEqual(injected);
    await screenshot(page, 'own-data-synthetic');
    expect(await page.locator('a[download]').count()).toBeGreaterThan(1);
  });
});

// Issue 11: many warnings, a few errors; the page must stay readable and the figures carry their coverage.
function noisyReturn(): { header: string; episodes: string } {
  const children = Array.from({ length: 130 }, (_, i) => `N${i},F,01/06/2012,WBRI,UN1,,`);
  const warn = Array.from(
    { length: 120 },
    (_, i) => `N${i},01/05/2024,S,C2,N1,U4,PR1,,,,not a postcode,LS8 2BB,SC000001`,
  );
  const bad = Array.from(
    { length: 3 },
    (_, i) => `N${120 + i},01/05/2024,S,C2,N1,Q9,PR1,,,,LS6 1AA,LS8 2BB,SC000001`,
  );
  return {
    header: `CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n${children.join('\n')}\n`,
    episodes: `CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n${[...warn, ...bad].join('\n')}\n`,
  };
}

async function upload(files: { name: string; content: string }[]): Promise<void> {
  await showPage(session, 'your-own-data');
  const { page } = session;
  await page.setInputFiles(
    '#files',
    files.map((f) => ({ name: f.name, mimeType: 'text/csv', buffer: Buffer.from(f.content) })),
  );
  await page.getByRole('button', { name: 'Check files' }).click();
  await page.waitForSelector('#results[data-done]');
}

describe('issues readable at any size, and the council’s own figures (issue 11)', () => {
  it('counts issues by code, filters by severity, pages them, offers a CSV download, and shows the figures', async () => {
    const { header, episodes } = noisyReturn();
    await upload([
      { name: 'header.csv', content: header },
      { name: 'episodes.csv', content: episodes },
    ]);
    const { page } = session;
    const counts = await tableRows(page, '#issue-counts');
    expect(counts[0]).toEqual(['code.invalid', 'error', '3']);
    expect(counts.some((r) => r[0] === 'postcode.malformed' && r[2] === '120')).toBe(true);
    // Errors come first, 50 to a page.
    expect(await page.locator('#issues tbody tr').count()).toBe(50);
    expect(await page.locator('#issues tbody tr').first().textContent()).toContain('error');
    expect(await page.locator('#issues-showing').textContent()).toContain('of 123 issues');
    await page.locator('#issues-pagination a[rel="next"]').click();
    expect(await page.locator('#issues-showing').textContent()).toContain('Showing 51 to 100');
    await page.selectOption('#issue-severity', 'error');
    expect(await page.locator('#issues tbody tr').count()).toBe(3);
    const download = page.locator('a#download-issues');
    expect(await download.getAttribute('download')).toBe('issues.csv');
    // The CSP forbids fetching even blob: URLs, so the file is taken as the browser downloads it.
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    const csv = readFileSync((await file.path()) as string, 'utf-8');
    expect(csv.split('\r\n').filter((line) => line !== '')).toHaveLength(124);
    expect(csv).not.toMatch(/N1[0-9]|01\/06\/2012/);
    // The council's own indicators, findings and gap, complete (3 of 253 rows rejected).
    expect(await page.locator('#own-figures #indicator-table').count()).toBe(1);
    expect(await page.locator('#own-figures #rule-findings').count()).toBe(1);
    expect(await page.locator('#own-figures #gap-table').count()).toBe(1);
    expect(await page.locator('#coverage-warning').count()).toBe(0);
    // Complete, and still says what it rests on; the upload has no UASC file, so UASC is not a count.
    expect(await page.locator('#own-figures #coverage-line').textContent()).toMatch(
      /^Coverage: 250 of 253 Header and Episodes rows used/,
    );
    const uasc = await page
      .locator('#own-figures #indicator-table tbody tr', { hasText: 'Unaccompanied asylum-seeking' })
      .locator('td')
      .last()
      .textContent();
    expect(uasc?.trim()).toBe('Not known (no UASC table)');
    const height = await page.evaluate(() => document.body.scrollHeight);
    expect(height).toBeLessThan(15_000);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'own-data-issue-11');
  });

  it('shows only the warning, no figure, when every row was rejected', async () => {
    await upload([
      { name: 'header.csv', content: 'CHILD,SEX,DOB\nA1,X,01/06/2012\nA2,Y,01/06/2011\n' },
      {
        name: 'episodes.csv',
        content:
          'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\nA1,01/05/2024,S,C2,N1,Q9,PR1,,,,,,\n',
      },
    ]);
    const { page } = session;
    const warning = page.locator('#coverage-warning');
    expect(await warning.count()).toBe(1);
    expect(await warning.textContent()).toContain('Incomplete');
    expect(await page.locator('#own-figures #indicator-table').count()).toBe(0);
  });

  it('warns above the figures when the year is chosen and most rows were rejected', async () => {
    await showPage(session, 'your-own-data');
    const { page } = session;
    await page.selectOption('#collectionYear', '2024-25');
    await page.setInputFiles('#files', [
      {
        name: 'header.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('CHILD,SEX,DOB\nA1,F,01/06/2012\nA2,M,01/06/2011\nA3,X,01/06/2011\n'),
      },
      {
        name: 'episodes.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(
          'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\nA1,01/05/2024,S,C2,N1,U4,PR1,,,,,,SC000001\nA2,01/05/2024,S,C2,N1,Q9,PR1,,,,,,\n',
        ),
      },
    ]);
    await page.getByRole('button', { name: 'Check files' }).click();
    await page.waitForSelector('#results[data-done]');
    const warning = page.locator('#coverage-warning');
    expect(await warning.textContent()).toContain('Incomplete');
    const top = await warning.evaluate((el) => el.getBoundingClientRect().top);
    const figure = await page
      .locator('#own-figures #indicator-table')
      .evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeLessThan(figure);
  });
});

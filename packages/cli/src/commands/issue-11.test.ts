/** Issue 11 through the CLI: issues readable at any size, supported years, no figure from rejected data. */
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capture } from '../../test/capture.js';
import { runCli } from '../program.js';

const FIXTURE_2017 = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'ssda903',
  'test',
  'fixtures',
  'issue-11',
  '2017-18',
);
const EPISODES_HEADER =
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';

/** A return with 3 errors (bad PLACE codes) and 40 postcode warnings, the errors coming last in the file. */
async function noisyReturn(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'placewise-issue-11-'));
  const children = Array.from({ length: 43 }, (_, i) => `N${i},F,01/06/2012,WBRI,UN1,,`);
  await writeFile(
    join(dir, 'header.csv'),
    `CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n${children.join('\n')}\n`,
  );
  const warn = Array.from(
    { length: 40 },
    (_, i) => `N${i},01/05/2024,S,C2,N1,U4,PR1,,,,not a postcode,LS8 2BB,SC000001`,
  );
  const bad = [40, 41, 42].map((i) => `N${i},01/05/2024,S,C2,N1,Q9,PR1,,,,LS6 1AA,LS8 2BB,SC000001`);
  await writeFile(join(dir, 'episodes.csv'), `${EPISODES_HEADER}\n${[...warn, ...bad].join('\n')}\n`);
  return dir;
}

describe('placewise ssda903 check (issue 11, case 7)', () => {
  it('prints the summary first, then errors, then warnings, at most --max-issues of them', async () => {
    const { io, out } = capture();
    expect(
      await runCli(['ssda903', 'check', await noisyReturn(), '--year', '2024-25', '--max-issues', '5'], io),
    ).toBe(1);
    const text = out();
    const summary = text.indexOf('Summary: 3 error(s), 40 warning(s)');
    expect(summary).toBeGreaterThan(-1);
    expect(text.indexOf('code.invalid')).toBeLessThan(text.indexOf('postcode.malformed', summary + 60));
    const listed = text.split('\n').filter((line) => /^(error|warning) /.test(line));
    expect(listed.map((line) => line.split(/\s+/)[0])).toEqual([
      'error',
      'error',
      'error',
      'warning',
      'warning',
    ]);
    expect(text).toContain('38 more issue(s) not shown');
  });

  it('lists 200 issues by default in text, and only errors with --severity error', async () => {
    const dir = await noisyReturn();
    const { io, out } = capture();
    await runCli(['ssda903', 'check', dir, '--year', '2024-25', '--severity', 'error'], io);
    expect(
      out()
        .split('\n')
        .filter((line) => /^(error|warning) /.test(line)),
    ).toHaveLength(3);
  });

  it('gives every issue in --json, with summary beside issues', async () => {
    const { io, out } = capture();
    await runCli(['ssda903', 'check', await noisyReturn(), '--year', '2024-25', '--json'], io);
    const report = JSON.parse(out());
    expect(report.issues).toHaveLength(43);
    expect(report.issues[0].severity).toBe('error');
    expect(report.summary).toMatchObject({ errors: 3, warnings: 40, info: 0 });
    expect(report.summary.byCode[0]).toEqual({ code: 'code.invalid', severity: 'error', count: 3 });
    expect(report.coverage).toMatchObject({ read: 86, used: 83, status: 'complete' });
  });

  it('exits 2 for a year outside the supported range, naming the range', async () => {
    const { io, err } = capture();
    expect(await runCli(['ssda903', 'check', await noisyReturn(), '--year', '1999-00'], io)).toBe(2);
    expect(err()).toContain('2013-14 to 2026-27');
  });

  it('infers the year from the data when --year is not given, and says which', async () => {
    const { io, out, err } = capture();
    expect(await runCli(['ssda903', 'check', FIXTURE_2017, '--json'], io)).toBe(1);
    expect(err()).toContain('Collection year 2017-18');
    const report = JSON.parse(out());
    expect(report.collectionYear).toBe('2017-18');
    expect(report.summary.byCode.map((c: { code: string }) => c.code)).not.toContain('code.invalid');
  });
});

describe('placewise sufficiency report (issue 11, cases 1 and "no figure from rejected data")', () => {
  it('counts a 2017-18 return in its own codes, inferring the year', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'placewise-issue-11-'));
    await cp(FIXTURE_2017, dir, { recursive: true });
    const { io, out, err } = capture();
    expect(await runCli(['sufficiency', 'report', dir, '--la', 'E08000035', '--json'], io)).toBe(0);
    expect(err()).toContain('Collection year 2017-18');
    const report = JSON.parse(out());
    expect(report.collectionYear).toBe('2017-18');
    expect(report.status).toBe('complete');
    // The independent recount in packages/sufficiency/test/issue-11.test.ts gives these 8 children.
    expect(report.indicators.claAt31March.total).toBe(8);
  });

  it('exits 1 with a one-line reason when every row is rejected', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'placewise-issue-11-'));
    await writeFile(join(dir, 'header.csv'), 'CHILD,SEX,DOB\nA,X,01/06/2012\nB,Y,01/06/2011\n');
    await writeFile(join(dir, 'episodes.csv'), `${EPISODES_HEADER}\nA,01/05/2024,S,C2,N1,Q9,PR1,,,,,,\n`);
    const { io, out, err } = capture();
    expect(
      await runCli(['sufficiency', 'report', dir, '--la', 'E08000035', '--year', '2024-25', '--json'], io),
    ).toBe(1);
    expect(JSON.parse(out()).status).toBe('incomplete');
    const last = err().trim().split('\n').at(-1) ?? '';
    expect(last).toMatch(/^Incomplete: /);
    expect(last).not.toMatch(/\bA\b|01\/06/);
  });

  it('exits 2 for --year outside the supported range, with the range in the message', async () => {
    const { io, err } = capture();
    expect(
      await runCli(['sufficiency', 'report', FIXTURE_2017, '--la', 'E08000035', '--year', '1999-00'], io),
    ).toBe(2);
    expect(err()).toContain('2013-14 to 2026-27');
  });
});

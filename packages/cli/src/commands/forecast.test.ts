import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { generateAuthority, writeSyntheticReturns } from '@placewise/synthetic';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../io.js';
import { runCli } from '../program.js';
import { parseHorizon } from './forecast.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

function forecast(args: string[], io: CliIo): Promise<number> {
  return runCli(['sufficiency', 'forecast', ...args], io);
}

let root: string;
const authority = generateAuthority({ seed: 8, children: 300 });

async function writeAll(dir: string, files: { name: string; content: string }[]) {
  for (const file of files) {
    await mkdir(dirname(join(dir, file.name)), { recursive: true });
    await writeFile(join(dir, file.name), file.content);
  }
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'placewise-forecast-'));
  await writeAll(join(root, 'folders'), writeSyntheticReturns(authority, { layout: 'folder' }).files);
  await writeAll(join(root, 'prefixed'), writeSyntheticReturns(authority, { layout: 'prefix' }).files);
  // Bare years, named as some authorities do: 2023-episodes.csv holds 2022-23.
  const bare = writeSyntheticReturns(authority, { layout: 'prefix' }).files.map((f) => ({
    ...f,
    name: f.name.replace(/^(\d{4})-(\d{2})-/, (_, y: string) => `${Number(y) + 1}-`),
  }));
  await writeAll(join(root, 'bare'), bare);
  await writeFile(
    join(root, 'costs.json'),
    JSON.stringify({ fostering: 900, residential: 6108, supported: 1500, other: 500 }),
  );
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const window = ['--from', '2022-04-01', '--to', '2025-03-31', '--horizon', '2y', '--samples', '20'];

describe('placewise sufficiency forecast', () => {
  it('prints the forecast as JSON from one folder per year, with spend from --costs', async () => {
    const c = capture();
    const code = await forecast(
      [join(root, 'folders'), ...window, '--costs', join(root, 'costs.json'), '--json'],
      c.io,
    );
    expect(code, c.err()).toBe(0);
    const json = JSON.parse(c.out());
    expect(json.collectionYears).toEqual(['2022-23', '2023-24', '2024-25']);
    expect(json.categories).toEqual(['fostering', 'residential', 'supported', 'other']);
    expect(json.horizonDays).toBe(730);
    expect(json.projection.dates[0]).toBe('2025-03-31');
    expect(json.history.dates.at(-1) <= '2025-03-31').toBe(true);
    const fostering = json.projection.byCategory.fostering;
    expect(fostering.expected).toHaveLength(json.projection.dates.length);
    const k = fostering.expected.length - 1;
    expect(fostering.lower95[k]).toBeLessThanOrEqual(fostering.lower80[k]);
    expect(fostering.upper80[k]).toBeLessThanOrEqual(fostering.upper95[k]);
    expect(json.spend.map((y: { collectionYear: string }) => y.collectionYear)).toEqual([
      '2025-26',
      '2026-27',
    ]);
    const year = json.spend[1];
    expect(year.total.expected).toBeGreaterThan(0);
    expect(year.byCategory.residential.expected).toBeGreaterThan(0);
    expect(year.total.lower80).toBeLessThanOrEqual(year.total.expected);
  });

  it('reads year-prefixed file names and bare years to the same forecast', async () => {
    const a = capture();
    const b = capture();
    const d = capture();
    await forecast([join(root, 'folders'), ...window, '--json'], a.io);
    expect(await forecast([join(root, 'prefixed'), ...window, '--json'], b.io)).toBe(0);
    expect(await forecast([join(root, 'bare'), ...window, '--json'], d.io)).toBe(0);
    expect(JSON.parse(b.out()).projection).toEqual(JSON.parse(a.out()).projection);
    expect(JSON.parse(d.out()).projection).toEqual(JSON.parse(a.out()).projection);
    expect(d.err()).toContain('Files labelled 2023 were read as collection year 2022-23');
  });

  it('prints a table of expected counts with 80% intervals by default', async () => {
    const c = capture();
    expect(await forecast([join(root, 'folders'), ...window], c.io)).toBe(0);
    expect(c.out()).toMatch(/^Demand forecast from 2025-03-31/);
    expect(c.out()).toMatch(/^fostering +\d+ +\d+ \(\d+–\d+\)/m);
    expect(c.out()).toMatch(/^total /m);
  });

  it('writes one self-contained HTML page with a chart per category', async () => {
    const c = capture();
    const out = join(root, 'forecast.html');
    expect(
      await forecast(
        [join(root, 'folders'), ...window, '--costs', join(root, 'costs.json'), '--html', out],
        c.io,
      ),
    ).toBe(0);
    const html = await readFile(out, 'utf8');
    // A line chart per category and the total, and the spend by year.
    expect(html.match(/<svg /g)).toHaveLength(6);
    expect(html).toContain('<h2>residential</h2>');
    expect(html).toContain('Projected spend');
    expect(html).not.toMatch(/<(script|link)\b|src=/);
  });

  it('refuses bad options and folders without returns', async () => {
    const c = capture();
    expect(await forecast([join(root, 'folders'), '--horizon', '9y'], c.io)).toBe(2);
    expect(c.err()).toContain('--horizon');
    expect(await forecast([join(root, 'folders'), '--json', '--html', 'x.html'], c.io)).toBe(2);
    const empty = await mkdtemp(join(tmpdir(), 'placewise-empty-'));
    expect(await forecast([empty], c.io)).toBe(2);
    expect(c.err()).toContain('holds no .csv or .xml files');
    await rm(empty, { recursive: true });
  });
});

describe('placewise sufficiency forecast: scenarios, exports, refusal', () => {
  it('compares scenarios side by side and exports xlsx and CSV whose numbers equal the JSON', async () => {
    const scenarios = join(root, 'scenarios.json');
    await writeFile(
      scenarios,
      JSON.stringify({
        $schema: '../node_modules/@placewise/forecast/schema/scenario.schema.json',
        scenarios: [
          { name: 'Fewer entries', entryMultiplier: 0.9 },
          {
            name: 'More step-down',
            transitionMultipliers: [{ from: 'residential', to: 'fostering', multiplier: 2 }],
          },
        ],
      }),
    );
    const lines = join(root, 'lines.json');
    await writeFile(
      lines,
      JSON.stringify({
        fostering: 900,
        residential: [
          { label: 'in-house', share: 0.3, weekly: 4500 },
          { label: 'external', share: 0.7, weekly: 6100 },
        ],
      }),
    );
    const xlsx = join(root, 'forecast.xlsx');
    const csv = join(root, 'csv');
    const c = capture();
    const args = [
      join(root, 'folders'),
      ...window,
      '--scenario',
      scenarios,
      '--costs',
      lines,
      '--inflation',
      '3',
    ];
    expect(await forecast([...args, '--json', '--xlsx', xlsx, '--csv', csv], c.io), c.err()).toBe(0);
    const json = JSON.parse(c.out());
    expect(json.status).toBe('complete');
    expect(json.coverage.status).toBe('complete');
    expect(json.yearEnds.map((p: { date: string }) => p.date)).toEqual([
      '2025-03-31',
      '2026-03-31',
      '2027-03-31',
    ]);
    const names = [...new Set(json.scenarios.map((r: { scenario: string }) => r.scenario))];
    expect(names).toEqual(['As fitted', 'Fewer entries', 'More step-down']);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'history',
      'projection',
      'year-ends',
      'spend',
      'scenarios',
      'backtest',
    ]);
    const rowsOf = (name: string) => {
      const rows: unknown[][] = [];
      workbook.getWorksheet(name)?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return rows.slice(1);
    };
    // Every projected figure: date, category, expected and the four bounds, as the JSON gives them.
    const projection = rowsOf('projection');
    expect(projection).toHaveLength(json.projection.dates.length * 5);
    for (const [date, category, ...values] of projection) {
      const k = json.projection.dates.indexOf(date);
      const s = category === 'total' ? json.projection.total : json.projection.byCategory[category as string];
      expect(values).toEqual([s.expected[k], s.lower80[k], s.upper80[k], s.lower95[k], s.upper95[k]]);
    }
    for (const [scenario, date, category, expected, lower80] of rowsOf('scenarios')) {
      const row = json.scenarios.find(
        (r: { scenario: string; date: string; category: string }) =>
          r.scenario === scenario && r.date === date && r.category === category,
      );
      expect([expected, lower80]).toEqual([row.expected, row.lower80]);
    }
    // Spend in pounds is the JSON's pence / 100, per category, per line and in total.
    const spend = rowsOf('spend');
    for (const year of json.spend) {
      const total = spend.find((r) => r[0] === year.collectionYear && r[3] === 'total');
      expect(total?.[5]).toBe(year.total.expected / 100);
      const external = spend.find((r) => r[0] === year.collectionYear && r[4] === 'external');
      expect(external?.[5]).toBe(year.byLine.residential.external.expected / 100);
    }
    expect(json.spend[1].priceFactor).toBeCloseTo(
      1.03 ** ((Date.parse('2026-09-30') - Date.parse('2025-03-31')) / (365.25 * 86_400_000)),
      6,
    );
    const csvText = await readFile(join(csv, 'year-ends.csv'), 'utf8');
    expect(csvText.split('\r\n')[0]).toBe('date,category,expected,lower 80%,upper 80%,lower 95%,upper 95%');
    expect(csvText).toContain(`2027-03-31,total,${json.yearEnds[2].total.expected},`);
  });

  it('refuses to fit on fewer than 20 children, and on a return whose rows are all rejected: exit 1, one line, no zeros', async () => {
    const few = join(root, 'few');
    const ids = ['K1', 'K2', 'K3', 'K4', 'K5'];
    await writeAll(few, [
      {
        name: '2023-24/header.csv',
        content: `CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n${ids.map((id) => `${id},1,01/02/2012,WBRI,UN1,,`).join('\n')}\n`,
      },
      {
        name: '2023-24/episodes.csv',
        content: `CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n${ids.map((id) => `${id},01/06/2023,S,C2,N1,U1,PR1,,,,,,`).join('\n')}\n`,
      },
    ]);
    const c = capture();
    expect(await forecast([few, '--samples', '5'], c.io)).toBe(1);
    expect(c.err()).toContain(
      'Not fitted: 5 children were in care in the fitting window 2023-04-01 to 2024-03-31; at least 20 are needed.',
    );
    expect(c.out()).toBe('');

    const rejected = join(root, 'rejected');
    await writeAll(rejected, [
      {
        name: '2023-24/header.csv',
        content:
          'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nR1,9,not a date,WBRI,UN1,,\nR2,9,31/02/2012,WBRI,UN1,,\n',
      },
      {
        name: '2023-24/episodes.csv',
        content: 'CHILD,DECOM,RNE,LS,CIN,PLACE\nR1,bad,S,C2,N1,U1\nR2,bad,S,C2,N1,U1\n',
      },
    ]);
    const j = capture();
    expect(await forecast([rejected, '--samples', '5', '--json'], j.io)).toBe(1);
    const json = JSON.parse(j.out());
    expect(json.status).toBe('incomplete');
    expect(json.projection).toBeUndefined();
    expect(json.reason).toMatch(/^Not fitted: only 0 of 4 rows read were usable/);
  });

  it('merges returns that disagree as asked, and refuses a scenario that breaks the schema', async () => {
    const c = capture();
    expect(await forecast([join(root, 'folders'), ...window, '--merge', 'union', '--json'], c.io)).toBe(0);
    expect(JSON.parse(c.out()).merge.strategy).toBe('union');
    const bad = join(root, 'bad-scenario.json');
    await writeFile(bad, JSON.stringify({ name: 'X', entryMultiplier: 'lots' }));
    const b = capture();
    expect(await forecast([join(root, 'folders'), '--scenario', bad], b.io)).toBe(2);
    expect(b.err()).toContain('entryMultiplier');
  });
});

describe('parseHorizon', () => {
  it('counts years and months on the calendar, weeks and days as given', () => {
    expect(parseHorizon('3y', '2024-03-31')).toBe(1095);
    expect(parseHorizon('1y', '2023-04-01')).toBe(366);
    expect(parseHorizon('6m', '2024-04-01')).toBe(183);
    expect(parseHorizon('26w', '2024-04-01')).toBe(182);
    expect(parseHorizon('90', '2024-04-01')).toBe(90);
    expect(parseHorizon('three years', '2024-04-01')).toBeUndefined();
  });
});

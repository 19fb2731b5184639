import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { capture } from '../../test/capture.js';
import { runCli } from '../program.js';

const CSV = `amount,unit,from,to,category,providerType,region,ageBand,staffingRatio,inArea
"£5,000.00",week,2024-04-01,,childrens-home,PR4,North West,11-15,1:1,no
6000,week,2024-04-01,,childrens-home,PR4,North West,11-15,1:1,yes
"7,000",week,01/05/2024,,childrens-home,PR1,North West,16-17,1:1,yes
1500,day,2024-04-01,,childrens-home,PR4,North West,11-15,2:1,no
120,day,2024-04-01,,fostering-agency,PR4,North West,5-10,,no
3600,four-weeks,2024-04-01,2025-03-31,fostering-agency,PR4,North West,5-10,,yes
not money,week,2024-04-01,,childrens-home,PR4,North West,11-15,,no
500,fortnight,2024-13-01,,castle,PR4,North West,11-15,,perhaps
`;

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'placewise-costs-'));
  await writeFile(join(dir, 'fees.csv'), CSV);
});

describe('placewise costs benchmark', () => {
  it('gives each group its weekly statistics and flags as JSON, and reports bad rows by row and column', async () => {
    const c = capture();
    // Two of the eight rows are rejected: the report is printed and the exit code says the input held errors.
    expect(await runCli(['costs', 'benchmark', join(dir, 'fees.csv'), '--json'], c.io)).toBe(1);
    const report = JSON.parse(c.out());
    expect(report.records).toEqual({ read: 8, accepted: 6, rejected: 2 });
    expect(report.by).toEqual(['category']);
    expect(report.amounts).toBe('pence per week');
    const home = report.groups.find((g: { label: string }) => g.label === 'childrens-home');
    // 500,000; 600,000; 700,000; 1,050,000 (£1,500 a day)
    expect(home).toMatchObject({
      count: 4,
      mean: 712_500,
      median: 650_000,
      q1: 575_000,
      q3: 787_500,
      p10: 530_000,
      p90: 945_000,
      highCostCount: 1,
      highCost: true,
    });
    expect(home.formatted.median).toBe('£6,500.00');
    for (const key of ['count', 'mean', 'median', 'q1', 'q3', 'p10', 'p90', 'outliers', 'highCost']) {
      expect(home).toHaveProperty(key);
    }
    const ifa = report.groups.find((g: { label: string }) => g.label === 'fostering-agency');
    expect(ifa).toMatchObject({ count: 2, min: 84_000, max: 90_000 });
    const located = report.issues.map((i: { location: { row: number; column: string }; code: string }) => [
      i.location.row,
      i.location.column,
      i.code,
    ]);
    expect(located).toEqual([
      [7, 'amount', 'money.malformed'],
      [8, 'unit', 'fee.unit-unknown'],
      [8, 'from', 'fee.date-malformed'],
      [8, 'category', 'fee.category-unknown'],
      [8, 'inArea', 'fee.in-area-unknown'],
    ]);
    expect(report.issues[0].location.file).toBe('fees.csv');
  });

  it('groups by several dimensions, taking provider for providerType', async () => {
    const c = capture();
    expect(
      await runCli(
        ['costs', 'benchmark', join(dir, 'fees.csv'), '--by', 'category,provider', '--json'],
        c.io,
      ),
    ).toBe(1);
    const report = JSON.parse(c.out());
    expect(report.by).toEqual(['category', 'providerType']);
    expect(report.groups.map((g: { label: string; count: number }) => [g.label, g.count])).toEqual([
      ['childrens-home · PR1', 1],
      ['childrens-home · PR4', 3],
      ['fostering-agency · PR4', 2],
    ]);
  });

  it('flags outliers with the row they came from', async () => {
    const rows = [
      'amount,unit,from,category',
      ...[500, 510, 520, 530, 540, 550, 5000].map((a) => `${a},week,2024-04-01,fostering-agency`),
    ];
    await writeFile(join(dir, 'outliers.csv'), rows.join('\n'));
    const c = capture();
    await runCli(['costs', 'benchmark', join(dir, 'outliers.csv'), '--json'], c.io);
    const [group] = JSON.parse(c.out()).groups;
    expect(group.outliers).toEqual([{ id: 'row-7', weekly: 500_000, side: 'high', row: 7 }]);
  });

  it('compares with the reference figures', async () => {
    const c = capture();
    expect(await runCli(['costs', 'benchmark', join(dir, 'fees.csv'), '--reference', '--json'], c.io)).toBe(
      1,
    );
    const report = JSON.parse(c.out());
    const cma = report.reference.find(
      (r: { reference: { id: string } }) => r.reference.id === 'cma-childrens-home-2020',
    );
    expect(cma).toMatchObject({ count: 4, median: 650_000, referenceWeekly: 383_000 });
    expect(cma.reference.source).toContain('Competition and Markets Authority');
  });

  it('restates the reference figures only with a price index the user gives (none is built in)', async () => {
    const clean = CSV.split('\n').slice(0, 4).join('\n');
    await writeFile(join(dir, 'clean.csv'), `${clean}\n`);
    // Test values in the shape of ONS's series download, not ONS's figures.
    const index = {
      id: 'TEST',
      title: 'Test index',
      source: 'test',
      frequency: 'annual',
      values: { '2020': 100, '2023': 120 },
    };
    await writeFile(join(dir, 'index.json'), JSON.stringify(index));
    const args = ['costs', 'benchmark', join(dir, 'clean.csv'), '--reference', '--restate-to', '2023-06-30'];

    const missing = capture();
    expect(await runCli([...args, '--json'], missing.io)).toBe(2);
    expect(missing.err()).toContain('--index');

    const c = capture();
    expect(await runCli([...args, '--index', join(dir, 'index.json'), '--json'], c.io)).toBe(0);
    const cma = JSON.parse(c.out()).reference.find(
      (r: { reference: { id: string } }) => r.reference.id === 'cma-childrens-home-2020',
    );
    // £3,830 a week at 2020 prices × 120 / 100.
    expect(cma).toMatchObject({ referenceWeekly: 459_600, restatedTo: '2023-06-30' });

    await writeFile(join(dir, 'not-an-index.json'), JSON.stringify({ id: 'X' }));
    const bad = capture();
    expect(await runCli([...args, '--index', join(dir, 'not-an-index.json')], bad.io)).toBe(2);
  });

  it('reads the same records from JSON', async () => {
    await writeFile(
      join(dir, 'fees.json'),
      JSON.stringify([
        { amount: 5000, unit: 'week', from: '2024-04-01', category: 'childrens-home', inArea: true },
        { amount: '6000.50', unit: 'week', from: '2024-04-01', category: 'childrens-home', inArea: false },
      ]),
    );
    const c = capture();
    expect(await runCli(['costs', 'benchmark', join(dir, 'fees.json'), '--by', 'area', '--json'], c.io)).toBe(
      0,
    );
    const report = JSON.parse(c.out());
    expect(report.groups.map((g: { label: string; median: number }) => [g.label, g.median])).toEqual([
      ['in-area', 500_000],
      ['out-of-area', 600_050],
    ]);
  });

  it('writes a self-contained HTML page', async () => {
    const c = capture();
    const out = join(dir, 'out.html');
    expect(
      await runCli(['costs', 'benchmark', join(dir, 'fees.csv'), '--reference', '--html', out], c.io),
    ).toBe(1);
    const html = await readFile(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<svg');
    expect(html).toContain('£6,500.00');
    expect(html).not.toMatch(/(src|href)=["']?https?:/);
    expect(c.out()).toContain('Wrote');
  });

  it('prints a table by default and issues on stderr', async () => {
    const c = capture();
    expect(await runCli(['costs', 'benchmark', join(dir, 'fees.csv')], c.io)).toBe(1);
    expect(c.out()).toContain('8 records: 6 accepted, 2 rejected');
    expect(c.out()).toMatch(/childrens-home\s+4\s+£6,500\.00/);
    expect(c.err()).toContain('error fees.csv, row 7, amount');
  });

  it('refuses an unknown dimension and a missing file', async () => {
    const c = capture();
    expect(await runCli(['costs', 'benchmark', join(dir, 'fees.csv'), '--by', 'colour'], c.io)).toBe(2);
    expect(c.err()).toContain('"colour" is not a dimension');
    expect(await runCli(['costs', 'benchmark', join(dir, 'nope.csv')], c.io)).toBe(2);
  });
});

describe('placewise costs project', () => {
  beforeAll(async () => {
    await writeFile(
      join(dir, 'placements.json'),
      JSON.stringify([
        { id: 'A', category: 'childrens-home', weeklyCost: 6000 },
        { id: 'B', category: 'childrens-home', weeklyCost: '8,000' },
        { id: 'C', category: 'fostering-in-house', fee: { amount: 2600, unit: 'month' } },
        { id: 'D', category: 'nowhere', weeklyCost: 10 },
      ]),
    );
    await writeFile(
      join(dir, 'scenario.json'),
      JSON.stringify({
        name: 'Step down two',
        moves: [{ from: 'childrens-home', to: 'fostering-in-house', count: 1, weeklyCost: 650 }],
      }),
    );
  });

  it('projects annual spend and a scenario saving with its assumptions', async () => {
    const c = capture();
    const args = [
      'costs',
      'project',
      join(dir, 'placements.json'),
      '--scenario',
      join(dir, 'scenario.json'),
      '--json',
    ];
    // Placement D has no real category: reported, left out, exit 1.
    expect(await runCli(args, c.io)).toBe(1);
    const report = JSON.parse(c.out());
    expect(report.records).toEqual({ read: 4, placements: 3 });
    // 600,000 + 800,000 + 2,600 × 12 / 52.1775 = 59,796
    expect(report.baseline.weekly).toBe(1_459_796);
    expect(report.scenario.moves[0]).toMatchObject({
      fromWeekly: 700_000,
      toWeekly: 65_000,
      weeklySaving: 635_000,
    });
    expect(report.scenario.saving.weekly).toBe(635_000);
    expect(report.scenario.assumptions.length).toBeGreaterThan(2);
    expect(
      report.issues.map((i: { code: string; location: { path: unknown[] } }) => [i.code, i.location.path]),
    ).toEqual([['placement.category', [3, 'category']]]);
  });

  it('accepts model Fee[] as placewise synthetic writes, counting fees in force on --as-of', async () => {
    await writeFile(
      join(dir, 'model-fees.json'),
      JSON.stringify([
        {
          id: 'F1',
          placementId: 'P1',
          amount: 520_000,
          unit: 'week',
          from: '2024-01-01',
          category: 'childrens-home',
        },
        {
          id: 'F2',
          placementId: 'P1',
          amount: 10_000,
          unit: 'day',
          from: '2024-01-01',
          category: 'childrens-home',
        },
        {
          id: 'F3',
          placementId: 'P2',
          amount: 80_000,
          unit: 'week',
          from: '2023-01-01',
          to: '2023-12-31',
          category: 'fostering-agency',
        },
      ]),
    );
    const c = capture();
    expect(
      await runCli(
        ['costs', 'project', join(dir, 'model-fees.json'), '--as-of', '2024-06-01', '--json'],
        c.io,
      ),
    ).toBe(0);
    const report = JSON.parse(c.out());
    expect(report.baseline.count).toBe(1);
    expect(report.baseline.weekly).toBe(590_000);
  });

  it('reads a flat fee CSV and prints text', async () => {
    const c = capture();
    // The CSV's two bad rows are reported and the exit code is 1; the six good fees are projected.
    expect(await runCli(['costs', 'project', join(dir, 'fees.csv'), '--as-of', '2024-06-01'], c.io)).toBe(1);
    expect(c.out()).toContain('Current spend (as of 2024-06-01): 6 placements');
  });

  it('refuses an invalid scenario', async () => {
    await writeFile(
      join(dir, 'bad-scenario.json'),
      JSON.stringify({ moves: [{ from: 'x', to: 'fostering-in-house', count: 0 }] }),
    );
    const c = capture();
    const code = await runCli(
      ['costs', 'project', join(dir, 'placements.json'), '--scenario', join(dir, 'bad-scenario.json')],
      c.io,
    );
    expect(code).toBe(2);
    expect(c.err()).toContain('is not valid');
  });

  it("refuses a scenario with a typo'd key, naming the key it meant, instead of ignoring the cost", async () => {
    await writeFile(
      join(dir, 'typo-scenario.json'),
      JSON.stringify({
        moves: [{ from: 'childrens-home', to: 'fostering-in-house', count: 2, weeklyCosts: 650 }],
      }),
    );
    const c = capture();
    const code = await runCli(
      ['costs', 'project', join(dir, 'placements.json'), '--scenario', join(dir, 'typo-scenario.json')],
      c.io,
    );
    expect(code).toBe(2);
    expect(c.err()).toContain('unknown field weeklyCosts; did you mean weeklyCost?');
  });
});

describe('placewise costs benchmark on a fee given twice', () => {
  // Two exports pasted together: F2 is in both unchanged, F3 again with a new rate from October.
  const PASTED = `id,amount,unit,from,category
F1,5000.00,week,01/04/2024,childrens-home
F2,6000.00,week,01/04/2024,childrens-home
F3,7000.00,week,01/04/2024,childrens-home
F2,6000.00,week,01/04/2024,childrens-home
F3,7300.00,week,01/10/2024,childrens-home
`;

  it('counts the pasted copy once, reports it at its row, and exits 1 as for any rejected row', async () => {
    await writeFile(join(dir, 'pasted.csv'), PASTED);
    const c = capture();
    expect(await runCli(['costs', 'benchmark', join(dir, 'pasted.csv'), '--json'], c.io)).toBe(1);
    const report = JSON.parse(c.out());
    expect(report.records).toEqual({ read: 5, accepted: 4, rejected: 1 });
    // £5,000, £6,000, £7,000 and £7,300: median (6,000 + 7,000) / 2 = £6,500 (with F2 twice it would be £6,000).
    expect(report.overall).toMatchObject({ count: 4, median: 650_000 });
    expect(report.issues.map((i: { code: string; location: unknown }) => [i.code, i.location])).toEqual([
      ['fee.duplicate', { file: 'pasted.csv', row: 4, column: 'id' }],
      ['fee.duplicate-id', { file: 'pasted.csv', row: 5, column: 'id' }],
    ]);
    expect(report.error.message).toBe('1 of 5 fee records were rejected.');
  });

  it('projects spend with the pasted copy counted once, and exits 1 for the error it reports', async () => {
    await writeFile(join(dir, 'pasted.csv'), PASTED);
    const c = capture();
    const args = ['costs', 'project', join(dir, 'pasted.csv'), '--as-of', '2024-11-01', '--json'];
    expect(await runCli(args, c.io)).toBe(1);
    const report = JSON.parse(c.out());
    // In force on 1 November: F1 £5,000, F2 £6,000 (once), F3 £7,000 + £7,300 added up under F3 as before.
    expect(report.baseline.weekly).toBe(500_000 + 600_000 + 700_000 + 730_000);
    expect(report.baseline.count).toBe(3);
    expect(
      report.issues.map((i: { code: string; location: { row: number } }) => [i.code, i.location.row]),
    ).toEqual([
      ['fee.duplicate', 4],
      ['fee.duplicate-id', 5],
      ['projection.duplicate-id', 5],
    ]);
  });
});

describe('placewise costs project issue locations', () => {
  it('points a model fee without a category at its place in the file', async () => {
    await writeFile(
      join(dir, 'uncategorised.json'),
      JSON.stringify([
        { id: 'bad', amount: -1, unit: 'week', from: '2024-01-01' },
        { id: 'F1', amount: 500_000, unit: 'week', from: '2024-01-01', category: 'childrens-home' },
        { id: 'F2', amount: 500_000, unit: 'week', from: '2024-01-01' },
      ]),
    );
    const c = capture();
    await runCli(
      ['costs', 'project', join(dir, 'uncategorised.json'), '--as-of', '2024-02-01', '--json'],
      c.io,
    );
    const report = JSON.parse(c.out());
    expect(
      report.issues.map((i: { code: string; location: { path: unknown[] } }) => [i.code, i.location.path]),
    ).toEqual([
      ['schema.too_small', [0, 'amount']],
      ['projection.no-category', [2, 'category']],
    ]);
  });

  it('points a flat CSV fee without a category at its row', async () => {
    await writeFile(
      join(dir, 'flat.csv'),
      'amount,unit,from,category\n100,week,2024-01-01,other\n100,week,2024-01-01,\n',
    );
    const c = capture();
    await runCli(['costs', 'project', join(dir, 'flat.csv'), '--as-of', '2024-02-01', '--json'], c.io);
    const [issue] = JSON.parse(c.out()).issues;
    expect(issue.location).toEqual({ file: 'flat.csv', row: 2, column: 'category' });
  });
});

describe('placewise costs benchmark on model Fee objects', () => {
  // As `placewise synthetic` writes fees.json: amounts in pence, contributions nested.
  const fee = (id: string, amount: number) => ({
    id,
    amount,
    unit: 'week',
    from: '2024-04-01',
    contributions: { socialCare: amount, health: 0, education: 0 },
    category: 'childrens-home',
  });

  it('reads them as pence, telling them apart from flat records by shape', async () => {
    await writeFile(
      join(dir, 'model-fees.json'),
      JSON.stringify([fee('F1', 515_900), fee('F2', 437_850), fee('F3', 654_300)]),
    );
    const c = capture();
    expect(await runCli(['costs', 'benchmark', join(dir, 'model-fees.json'), '--json'], c.io)).toBe(0);
    const report = JSON.parse(c.out());
    expect(report.amountsRead).toBe('pence');
    // Median of £4,378.50, £5,159.00 and £6,543.00 a week: £5,159.00, not £515,900.
    expect(report.overall.median).toBe(515_900);
    expect(report.overall.formatted.median).toBe('£5,159.00');
  });

  it('warns when flat records read as pounds look like pence', async () => {
    const flat = [1, 2, 3].map((n) => ({
      id: `F${n}`,
      amount: 500_000 + n,
      unit: 'week',
      from: '2024-04-01',
    }));
    await writeFile(join(dir, 'ambiguous.json'), JSON.stringify(flat));
    const c = capture();
    expect(await runCli(['costs', 'benchmark', join(dir, 'ambiguous.json'), '--json'], c.io)).toBe(0);
    expect(JSON.parse(c.out()).issues.map((i: { code: string }) => i.code)).toEqual([
      'fees.amounts-ambiguous',
    ]);
    const pence = capture();
    const args = ['costs', 'benchmark', join(dir, 'ambiguous.json'), '--amounts', 'pence', '--json'];
    expect(await runCli(args, pence.io)).toBe(0);
    expect(JSON.parse(pence.out()).overall.median).toBe(500_002);
  });

  it('exits 1 with the JSON error object merged into the report when a fee is rejected', async () => {
    await writeFile(
      join(dir, 'one-bad.json'),
      JSON.stringify([fee('F1', 515_900), { ...fee('F2', 1), unit: 'fortnight' }]),
    );
    const c = capture();
    expect(await runCli(['costs', 'benchmark', join(dir, 'one-bad.json'), '--json'], c.io)).toBe(1);
    const report = JSON.parse(c.out());
    expect(report.error).toEqual({ code: 'input.invalid', message: '1 of 2 fee records were rejected.' });
    expect(report.records).toEqual({ read: 2, accepted: 1, rejected: 1 });
    expect(report.issues[0].location).toEqual({ file: 'one-bad.json', path: [1, 'unit'] });
  });
});

describe('placewise costs on files that Excel and .NET write', () => {
  // Excel's "CSV (Comma delimited)" on a UK Windows machine writes Windows-1252: a £ sign is the one byte A3.
  const cp1252 = (text: string) => new Uint8Array([...text].map((c) => (c === '£' ? 0xa3 : c.charCodeAt(0))));
  const FEES = [
    'amount,unit,from,to,category,providerType,region,ageBand,staffingRatio,inArea',
    '"£4,500.00",week,2024-04-01,,childrens-home,PR2,North West,11-15,1:1,yes',
    '"£5,200",week,2024-04-01,,childrens-home,PR2,North West,11-15,1:1,no',
    '£650.50,week,2024-04-01,,fostering-agency,PR4,North West,5-10,,yes',
    '',
  ].join('\r\n');

  it('reads a Windows-1252 fee spreadsheet with £ signs, saying how it was read', async () => {
    const file = join(dir, 'fees-1252.csv');
    await writeFile(file, cp1252(FEES));
    const c = capture();
    expect(await runCli(['costs', 'benchmark', file, '--by', 'category', '--json'], c.io)).toBe(0);
    const report = JSON.parse(c.out());
    // Recounted: two children's home fees (£4,500 and £5,200 a week) and one agency fee of £650.50.
    expect(report.records).toMatchObject({ read: 3, accepted: 3, rejected: 0 });
    const home = report.groups.find(
      (g: { key: { category?: string } }) => g.key.category === 'childrens-home',
    );
    expect(home).toMatchObject({ count: 2, median: 485000 });
    expect(report.issues).toContainEqual(
      // Named as the fee readers name it, and as the report's `file` does: by its base name.
      expect.objectContaining({
        code: 'file.encoding',
        severity: 'info',
        location: { file: 'fees-1252.csv' },
      }),
    );
  });

  it('shows a group with no fee as a dash, not £NaN', async () => {
    const file = join(dir, 'fees-bad.csv');
    await writeFile(
      file,
      `${FEES.split('\r\n')[0]}\r\nnot money,week,2024-04-01,,childrens-home,PR2,,,,yes\r\n`,
    );
    const c = capture();
    expect(await runCli(['costs', 'benchmark', file], c.io)).toBe(1);
    expect(c.out()).toContain('1 records: 0 accepted, 1 rejected.');
    expect(c.out()).not.toContain('NaN');
    expect(c.out()).toMatch(/all fees\s+0\s+—\s+—–—/);
  });

  it('names a fee file one way in every issue, the CSV’s own and the fee reader’s, as the report does', async () => {
    // A column named twice (the CSV reader's warning) and an amount that is not money (the fee reader's error),
    // in a spreadsheet one folder down, given by its path.
    await mkdir(join(dir, 'finance'), { recursive: true });
    const file = join(dir, 'finance', 'fees-twice.csv');
    const [head] = FEES.split('\r\n');
    await writeFile(file, `${head},unit\r\nnot money,week,2024-04-01,,childrens-home,PR2,,,,yes,week\r\n`);
    const c = capture();
    expect(await runCli(['costs', 'benchmark', file, '--json'], c.io)).toBe(1);
    const report = JSON.parse(c.out());
    expect(report.file).toBe('fees-twice.csv');
    const named = report.issues.map((i: { code: string; location: { file?: string } }) => [
      i.code,
      i.location.file,
    ]);
    expect(named).toContainEqual(['csv.column-duplicate', 'fees-twice.csv']);
    expect(
      named.filter(([code]: string[]) => code?.startsWith('money.') || code?.startsWith('fee.')),
    ).not.toEqual([]);
    expect(new Set(named.map(([, f]: string[]) => f))).toEqual(new Set(['fees-twice.csv']));
  });

  it('reads a placements list .NET wrote as UTF-16 (Encoding.Unicode, with its byte-order mark)', async () => {
    const json = JSON.stringify([
      { category: 'childrens-home', weeklyCost: 5000 },
      { category: 'fostering-agency', weeklyCost: 900 },
    ]);
    const bytes = new Uint8Array(2 + json.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < json.length; i++) bytes[2 + i * 2] = json.charCodeAt(i);
    const file = join(dir, 'placements-utf16.json');
    await writeFile(file, bytes);
    const c = capture();
    expect(await runCli(['costs', 'project', file, '--json'], c.io)).toBe(0);
    const report = JSON.parse(c.out());
    // Recounted: £5,000 + £900 a week.
    expect(report.baseline).toMatchObject({ count: 2, weekly: 590000 });
    expect(report.issues).toContainEqual(expect.objectContaining({ code: 'file.encoding' }));
  });
});

describe('placewise costs on a workbook given as the fee file', () => {
  it('exits 2 saying the file is a workbook, not reading its bytes as CSV rows', async () => {
    // The first bytes of every .xlsx (a zip archive), then junk: what a renamed workbook looks like.
    const file = join(dir, 'fees.xlsx');
    await writeFile(file, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x41, 0x42]));
    const c = capture();
    expect(await runCli(['costs', 'benchmark', file], c.io)).toBe(2);
    expect(c.err()).toContain('is an Excel workbook (.xlsx), not CSV or JSON text');
    expect(c.out()).toBe('');
  });
});

import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateRegion } from '@placewise/synthetic';
import { beforeAll, describe, expect, it } from 'vitest';
import { capture } from '../../test/capture.js';
import { writeRegionFolders } from '../../test/region-folders.js';
import { runCli } from '../program.js';

let dir = '';
const codes: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pw-region-'));
  // Three neighbouring authorities, one folder each, the latest year at the top and earlier years below.
  const region = generateRegion({ seed: 3, authorities: 3, children: 150 });
  codes.push(...region.map((la) => la.authority.code));
  await writeRegionFolders(dir, region);
}, 60_000);

describe('placewise region', () => {
  it('reports the region as JSON, with suppressed flows', async () => {
    const { io, out } = capture();
    expect(await runCli(['region', 'report', dir, '--json'], io)).toBe(0);
    const report = JSON.parse(out());
    expect(report.collectionYear).toBe('2024-25');
    expect(report.authorities.map((a: { gss: string }) => a.gss)).toEqual([...codes].sort());
    expect(report.flows.total.count).toBe(report.region.claAt31March.total.count);
    // No count of children from 1 to 4 anywhere: every count is published as { count, suppressed }.
    const small: string[] = [];
    // Bare numbers that are not counts of children: percentages, rates, miles, money, England's figures,
    // Ofsted's places, the forecast's expectations.
    const notCounts = /percentage|ratePer10000|meanMiles|weeklyCost|outsideRegion|supply|england|forecast/;
    const walk = (value: unknown, path: string) => {
      if (typeof value === 'number' && value >= 1 && value <= 4 && !notCounts.test(path)) small.push(path);
      if (!value || typeof value !== 'object') return;
      const { count, suppressed } = value as { count?: unknown; suppressed?: unknown };
      if (typeof suppressed === 'boolean' && typeof count === 'number' && count >= 1 && count <= 4)
        small.push(path);
      for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
    };
    walk(report, '');
    expect(small).toEqual([]);
    expect(report.authorities[0].indicators.claAt31March.byAgeBand['under-1']).toHaveProperty('suppressed');
    const counts = report.flows.rows.flatMap((r: { cells: { count: number | null }[] }) =>
      r.cells.map((c) => c.count),
    );
    expect(counts.every((c: number | null) => c === null || c === 0 || c >= 5)).toBe(true);
  }, 60_000);

  it('writes an HTML report', async () => {
    const html = join(dir, 'region.html');
    const { io } = capture();
    expect(await runCli(['region', 'report', dir, '--html', html], io)).toBe(0);
    expect(await readFile(html, 'utf8')).toContain('Children placed at 31 March');
  }, 60_000);

  it('pseudonymises with --key-file and gives the same figures', async () => {
    const key = join(dir, 'key.txt');
    await writeFile(key, 'a region secret');
    const plain = capture();
    const keyed = capture();
    expect(await runCli(['region', 'report', dir, '--json'], plain.io)).toBe(0);
    expect(await runCli(['region', 'report', dir, '--json', '--key-file', key], keyed.io)).toBe(0);
    expect(JSON.parse(keyed.out()).flows).toEqual(JSON.parse(plain.out()).flows);
  }, 60_000);

  it('plans 6 children’s home places and reports the gap', async () => {
    const { io, out } = capture();
    expect(
      await runCli(['region', 'plan', dir, '--add', '6', '--type', 'childrens-home', '--json'], io),
    ).toBe(0);
    const result = JSON.parse(out());
    expect(result.childrenPlacedAway).toBeGreaterThan(0);
    expect(result.plan.added.length).toBeLessThanOrEqual(6);
    expect(result.plan.bound).toBeGreaterThanOrEqual(result.plan.value);
    const text = capture();
    expect(await runCli(['region', 'plan', dir, '--add', '6'], text.io)).toBe(0);
    expect(text.out()).toMatch(/gap \d+\.\d%/);
  }, 60_000);

  it('plans for the children forecast on 31 March 2028 with --forecast-year', async () => {
    const now = capture();
    expect(await runCli(['region', 'plan', dir, '--add', '6', '--json'], now.io)).toBe(0);
    const today = JSON.parse(now.out());
    expect(today.date).toBe('2025-03-31');
    expect(today.forecast).toBeNull();
    const { io, out } = capture();
    const args = ['region', 'plan', dir, '--add', '6', '--type', 'childrens-home', '--forecast-year', '2028'];
    expect(await runCli([...args, '--json'], io)).toBe(0);
    const result = JSON.parse(out());
    expect(result.date).toBe('2028-03-31');
    expect(result.forecast.authorities.map((a: { gss: string }) => a.gss)).toEqual([...codes].sort());
    // Each authority scaled by its own forecast, or held as now (scale 1) with the reason.
    for (const a of result.forecast.authorities as { scale: number; heldAsNow?: string }[])
      expect(a.heldAsNow === undefined ? a.scale > 0 : a.scale === 1).toBe(true);
    expect(result.forecast.method).toContain('forecastDemand');
    expect(result.plan.bound).toBeGreaterThanOrEqual(result.plan.value);
    const text = capture();
    expect(await runCli(['region', 'plan', dir, '--add', '6', '--forecast-year', '2027-28'], text.io)).toBe(
      0,
    );
    expect(text.out()).toContain('forecast for 2028-03-31');
    for (const bad of ['2025', '2031', '2027-29', 'soon']) {
      const wrong = capture();
      expect(await runCli(['region', 'plan', dir, '--add', '6', '--forecast-year', bad], wrong.io)).toBe(2);
    }
  }, 120_000);

  it('answers bad input with the JSON error object and exit 2', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'pw-region-empty-'));
    const { io, out } = capture();
    expect(await runCli(['region', 'report', empty, '--json'], io)).toBe(2);
    expect(JSON.parse(out()).error.code).toBe('region.input');
    const cost = capture();
    expect(await runCli(['region', 'plan', dir, '--add', '3', '--objective', 'cost'], cost.io)).toBe(2);
  });

  it('costs placements from fee records with --fees, and plans by cost', async () => {
    const fees = join(dir, 'fees.csv');
    await writeFile(
      fees,
      [
        'amount,unit,from,category',
        '5200,week,2024-04-01,childrens-home',
        '5600,week,2024-04-01,childrens-home',
        '600,week,2024-04-01,fostering-in-house',
        '1100,week,2024-04-01,fostering-agency',
        '900,fortnight,2024-04-01,fostering-agency',
      ].join('\n'),
    );
    const report = capture();
    expect(await runCli(['region', 'report', dir, '--json', '--fees', fees], report.io)).toBe(0);
    // The fee row left out is said where it is, by both commands (plan said nothing of it before).
    const located = /error .*fees\.csv, row 5, unit: .*\(fee\.unit-unknown\)/;
    expect(report.err()).toMatch(located);
    expect(report.err()).toContain('1 fee record(s) were rejected and left out.');
    type Cost = { weeklyCost: number | null; costed: { count: number | null; suppressed: boolean } };
    const costs = JSON.parse(report.out()).weeklyCosts as Cost[];
    expect(costs).toHaveLength(3);
    // Shown where the children costed are 5 or more, hidden (money too) otherwise.
    for (const c of costs)
      if (c.costed.suppressed) expect(c.weeklyCost).toBeNull();
      else expect((c.costed.count ?? 0) >= 5 && (c.weeklyCost ?? 0) > 0).toBe(true);
    expect(costs.some((c) => !c.costed.suppressed)).toBe(true);
    const plan = capture();
    const args = ['region', 'plan', dir, '--add', '4', '--objective', 'cost', '--fees', fees, '--json'];
    expect(await runCli(args, plan.io)).toBe(0);
    expect(plan.err()).toMatch(located);
    const result = JSON.parse(plan.out()).plan;
    // A new home place costs the median, £5,400 a week: only dearer placements are worth moving.
    expect(result.costChange === null || result.costChange <= 0).toBe(true);
  }, 60_000);
});

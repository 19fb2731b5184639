import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoSession, openDemo, screenshot, seriousViolations, showPage } from './browser.js';
import { readCharts } from './charts.js';

let session: DemoSession;
beforeAll(async () => {
  session = await openDemo();
});
afterAll(async () => {
  await session?.close();
});

const cells = (session: DemoSession, selector: string) =>
  session.page
    .locator(`${selector} tbody tr`)
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')),
    );

describe('sufficiency', () => {
  it('summarises the synthetic authority and lists rule findings with their legal basis', async () => {
    await showPage(session, 'sufficiency');
    const summary = (await session.page.locator('#authority-summary').textContent()) ?? '';
    expect(summary).toMatch(/Children\s*600/);
    const rules = await cells(session, '#rule-findings table');
    expect(rules.length).toBeGreaterThan(0);
    for (const row of rules.filter((r) => /^(ENG|WAL|SCO)-\d+$/.test(r[0] ?? ''))) {
      expect(Number(row[3])).toBeGreaterThan(0);
      expect(row[4]).not.toBe('');
    }
  });

  it('shows the DfE indicators with charts, and the gap table', async () => {
    await showPage(session, 'sufficiency');
    const measures = await cells(session, '#indicator-table');
    const looked = measures.find((r) => r[0] === 'Looked after at 31 March');
    expect(Number(looked?.at(-1)?.replace(/,/g, ''))).toBeGreaterThan(0);
    // The coverage is stated though the synthetic return is complete, and its UASC table makes UASC a count.
    const coverage = (await session.page.locator('#coverage-line').textContent()) ?? '';
    expect(coverage).toMatch(
      /^Coverage: (\d+) of \1 Header and Episodes rows used \(Header \d+ of \d+, Episodes /,
    );
    const uasc = measures.find((r) => r[0] === 'Unaccompanied asylum-seeking at 31 March');
    expect(uasc?.at(-1)).toMatch(/^\d+$/);
    const charts = await readCharts(session.page, '#indicators');
    expect(charts).toHaveLength(2);
    for (const chart of charts) {
      expect(chart.role).toBe('img');
      expect(chart.title).toMatch(/at 31 March \d{4}$/);
      expect(chart.description?.length).toBeGreaterThan(20);
      // The table lists each bar's label and the value written beside it.
      expect(chart.table?.caption).toBe(chart.title);
      expect(chart.table?.rows).toEqual(chart.bars);
    }
    const gap = await cells(session, '#gap-table');
    expect(gap.length).toBeGreaterThan(0);
    for (const row of gap) expect(['Yes', 'No']).toContain(row[7]);
    await screenshot(session.page, 'sufficiency');
  });
});

describe('forecast', () => {
  it('projects demand with intervals, and a scenario with more entries projects more children', async () => {
    await showPage(session, 'forecast');
    const { page } = session;
    await page.waitForSelector('#forecast-output[data-done="1"]');
    const baseline = await cells(session, '#forecast-table');
    expect(baseline.length).toBeGreaterThan(2);
    // Yearly rows fall on 31 March, never drifting to the 30th or 29th.
    for (const row of baseline) expect(row[0]).toMatch(/-03-31$/);
    const total = (rows: string[][]) => Number(rows.at(-1)?.at(-2)?.replace(/,/g, ''));
    const [lower, upper] = (baseline.at(-1)?.at(-1) ?? '')
      .split(' to ')
      .map((n) => Number(n.replace(/,/g, '')));
    expect(lower).toBeLessThanOrEqual(total(baseline));
    expect(upper).toBeGreaterThanOrEqual(total(baseline));
    // The chart is named and described, and its table ends on the same projection and 95% interval.
    const [chart] = await readCharts(page, '#forecast-result');
    expect(chart?.role).toBe('img');
    expect(chart?.title).toBe('Children in care: observed and projected');
    expect(chart?.description).toContain('95% interval');
    const last = chart?.table?.rows.at(-1) ?? [];
    expect(last.slice(2, 5)).toEqual([
      baseline.at(-1)?.at(-2),
      ...(baseline.at(-1)?.at(-1) ?? '').split(' to '),
    ]);
    // The fitted rates and the two preset scenarios side by side, each 31 March of the projection.
    const scenarios = await cells(session, '#scenario-table');
    expect(scenarios.map((row) => row[0])).toEqual([
      'As fitted',
      '10% fewer entries',
      'Twice the step-down from residential to fostering',
    ]);
    const firstYearEnd = (row: string[] | undefined) => Number(row?.at(-1)?.split(' ')[0]?.replace(/,/g, ''));
    expect(firstYearEnd(scenarios[1])).toBeLessThan(firstYearEnd(scenarios[0]));
    await page.getByRole('button', { name: 'Prepare downloads' }).click();
    await page.waitForSelector('#forecast-downloads[data-done="true"]');
    const links = await page.$$eval('#forecast-downloads a', (as) =>
      as.map((a) => a.getAttribute('download')),
    );
    expect(links).toEqual([
      'forecast.xlsx',
      'forecast-history.csv',
      'forecast-projection.csv',
      'forecast-year-ends.csv',
      'forecast-scenarios.csv',
    ]);
    await screenshot(page, 'forecast');
    expect(await seriousViolations(page)).toEqual([]);
    await page.selectOption('#entries', '1.25');
    await page.getByRole('button', { name: 'Project demand' }).click();
    await page.waitForSelector('#forecast-output[data-done="1.25"]');
    expect(total(await cells(session, '#forecast-table'))).toBeGreaterThan(total(baseline));
  });
});

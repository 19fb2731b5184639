import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Referral, writePdsReferral } from '@placewise/model';
import {
  generateAuthority,
  generateRegion,
  syntheticAuthorityReturn,
  writeSyntheticReturns,
} from '@placewise/synthetic';
import { describe, expect, it } from 'vitest';
import { benchmarkCosts } from '../examples/benchmark-costs.js';
import { checkChosenFiles } from '../examples/browser.js';
import { feeChartPage } from '../examples/chart-in-a-report.js';
import { matchThroughCli, runPlacewise, validateReferrals } from '../examples/cli-from-another-language.js';
import { forecastFromReturns } from '../examples/demand-forecast.js';
import { createMatchService } from '../examples/embed-matcher.js';
import { knowYourMarket, purchasingPower } from '../examples/know-your-market.js';
import { farFromHome, runWithLocalRule } from '../examples/own-rule.js';
import { placementsByCategory } from '../examples/quick-start.js';
import { regionalSufficiency } from '../examples/regional-sufficiency.js';
import { assessReturn } from '../examples/sufficiency-assessment.js';

const root = new URL('..', import.meta.url);
const la = generateAuthority({ seed: 11, children: 150 });

describe('every docs code sample is an example file, and every example is shown', () => {
  const markdown = [
    'getting-started.md',
    ...['recipes', 'concepts'].flatMap((d) => readdirSync(new URL(d, root)).map((f) => `${d}/${f}`)),
  ]
    .filter((f) => f.endsWith('.md'))
    .map((f) => readFileSync(new URL(f, root), 'utf8'))
    .join('\n');
  const included = [...markdown.matchAll(/^<<< @\/examples\/([\w-]+\.ts)/gm)].map((m) => m[1]);
  const files = readdirSync(new URL('examples', root)).filter((f) => f.endsWith('.ts'));

  it('includes only files that exist', () => {
    for (const name of included) expect(files).toContain(name);
  });

  it('shows every example somewhere', () => {
    for (const name of files) expect(included).toContain(name);
  });

  it('has no TypeScript or JavaScript fenced block written inline', () => {
    expect(markdown).not.toMatch(/^```(ts|typescript|js|javascript)\b/m);
  });
});

describe('quick start', () => {
  it('counts a synthetic authority’s placements by category', () => {
    const counts = placementsByCategory(1);
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(generateAuthority({ seed: 1, children: 200 }).placements.length);
    expect(counts.size).toBeGreaterThan(2);
  });
});

describe('embed the matcher in a Node service', () => {
  it('ranks vacancies for a posted referral and answers bad input with located issues', async () => {
    const server = createMatchService(la.vacancies).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/match`;
    try {
      const referral = { ...(la.referrals[0] ?? {}), neededBy: '2025-05-01' };
      const ok = await fetch(url, { method: 'POST', body: JSON.stringify(referral) });
      expect(ok.status).toBe(200);
      const body = (await ok.json()) as { referralId: string; ranked: { rank: number; score: number }[] };
      expect(body.referralId).toBe(referral.id);
      expect(body.ranked.map((r) => r.rank)).toEqual(body.ranked.map((_, i) => i + 1));
      const bad = await fetch(url, {
        method: 'POST',
        body: JSON.stringify({ ...referral, dateOfBirth: 'soon' }),
      });
      expect(bad.status).toBe(422);
      const { issues } = (await bad.json()) as { issues: { location: { path?: unknown[] } }[] };
      expect(issues[0]?.location.path).toEqual(['dateOfBirth']);
      const typo = await fetch(url, {
        method: 'POST',
        body: JSON.stringify({ ...referral, closeTofamily: true }),
      });
      const typoIssues = ((await typo.json()) as { issues: { message: string }[] }).issues;
      expect(typoIssues.map((i) => i.message)).toEqual([
        'unknown field closeTofamily; did you mean closeToFamily?',
      ]);
      const pds = writePdsReferral({ ...referral, childId: '4021' } as Referral, {
        referralDate: '2025-05-01',
      });
      const fromPds = await fetch(url, { method: 'POST', body: JSON.stringify(pds.value) });
      const pdsBody = (await fromPds.json()) as {
        referralId: string;
        policy: { id: string; version: string };
      };
      expect(pdsBody.referralId).toBe('PDS-4021-2025-05-01');
      expect(pdsBody.policy).toMatchObject({ id: 'example-council', version: '2026-1' });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('run it in the browser', () => {
  it('checks chosen files with Web APIs only and locates the faults in them', async () => {
    const faulty = generateAuthority({ seed: 5, children: 120, faults: { rate: 0.02 } });
    const { files, faults } = writeSyntheticReturns(faulty, { years: ['2024-25'] });
    const chosen = files.map(
      (f) => new File([f.content], f.name.replace('2024-25/', ''), { type: 'text/csv' }),
    );
    const checked = await checkChosenFiles(chosen);
    expect(checked.children).toBeGreaterThan(0);
    const located = checked.issues.filter((i) => i.location.file && i.location.row !== undefined);
    expect(faults.length).toBeGreaterThan(0);
    for (const fault of faults) {
      const found = located.some(
        (i) =>
          fault.file.endsWith(i.location.file ?? '?') &&
          i.location.row === fault.row &&
          i.code === fault.code,
      );
      expect(found, `${fault.code} at ${fault.file} row ${fault.row}`).toBe(true);
    }
  });
});

// Each call starts the CLI from source through tsx: seconds each on a quiet machine, far more on a busy one.
describe('call it from a non-JavaScript system', { timeout: 180_000 }, () => {
  // The CLI from source (no build needed), as `npx @placewise/cli` would run the installed one.
  const cliSource = fileURLToPath(new URL('../../packages/cli/src/bin.ts', import.meta.url));
  // tsx's loader by absolute URL: the command runs in a temporary folder, where a bare `tsx` would not resolve.
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const placewise = [process.execPath, '--import', tsx, '--conditions=@placewise/source', cliSource];

  it('validates records through the placewise command, JSON in and out', () => {
    const referrals = la.referrals.slice(0, 3);
    expect(validateReferrals(referrals, placewise)).toEqual({ valid: true, issues: [] });
    const broken = [referrals[0], { ...referrals[1], urgency: 'whenever' }];
    const result = validateReferrals(broken, placewise);
    expect(result.valid).toBe(false);
    expect(result.issues.map((i) => i.location.path)).toEqual([[1, 'urgency']]);
    expect(JSON.stringify(result.issues)).not.toContain('whenever');
  });

  it('ranks vacancies for a referral through placewise match', () => {
    const referral = { ...(la.referrals[0] as (typeof la.referrals)[number]), neededBy: '2025-05-01' };
    const result = matchThroughCli(referral, la.vacancies, placewise);
    expect(result.referralId).toBe(referral.id);
    // --top 5: the first five ranked, with counts of the rest.
    expect(result.results).toHaveLength(Math.min(5, la.vacancies.length));
    expect(result.vacancyCount).toBe(la.vacancies.length);
    expect(result.omittedCount).toBe(la.vacancies.length - result.results.length);
    const ranked = result.results.filter((r) => r.eligible);
    expect(ranked.map((r) => r.rank)).toEqual(ranked.map((_, i) => i + 1));
    expect(ranked[0]?.explanation.length).toBeGreaterThan(0);
  });

  it('throws the located issues when the input holds errors (exit 1), a misspelt key named', () => {
    const referral = { ...(la.referrals[0] as (typeof la.referrals)[number]), closeTofamily: true };
    expect(() => matchThroughCli(referral as never, la.vacancies, placewise)).toThrow(
      expect.objectContaining({
        code: 'input.invalid',
        exitCode: 1,
        issues: [
          expect.objectContaining({
            message: 'unknown field closeTofamily; did you mean closeToFamily?',
            location: { file: 'referral.json', path: ['closeTofamily'] },
          }),
        ],
      }),
    );
  });

  it('reports a failure to run as the JSON error object, with its stable code', () => {
    expect(() => runPlacewise(['validate', 'Referral', 'missing.json'], {}, placewise)).toThrow(
      expect.objectContaining({
        code: 'file.not-found',
        message: 'Cannot read missing.json: no such file or directory.',
      }),
    );
  });

  it('ships the JSON Schema a non-JavaScript system validates with', () => {
    const schema = JSON.parse(
      readFileSync(
        createRequire(import.meta.url).resolve('@placewise/model/schema/Referral.schema.json'),
        'utf8',
      ),
    );
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['dateOfBirth', 'urgency', 'risks']),
    );
  });
});

describe('run a sufficiency assessment on your return', () => {
  it('reads the return and reports indicators, findings and the gap', () => {
    const { files } = writeSyntheticReturns(la, { years: ['2024-25'] });
    const { report, markdown } = assessReturn(
      files.map((f) => ({ name: f.name.replace('2024-25/', ''), content: f.content })),
      la.authority.code,
      '2024-25',
    );
    expect(report.indicators.claAt31March.total).toBeGreaterThan(0);
    expect(markdown).toContain('2024-25');
  });
});

describe('benchmark your placement costs', () => {
  it('groups fees typed in pounds by category, in whole pence', () => {
    const rows = [
      ...['4,950', '5,200.50', '6100', '5,800', '31,000'].map((pounds, i) => ({
        id: `H${i}`,
        category: 'childrens-home' as const,
        pounds,
        per: 'week' as const,
        from: '2024-04-01',
      })),
      {
        id: 'F1',
        category: 'fostering-agency' as const,
        pounds: '120.00',
        per: 'day' as const,
        from: '2024-04-01',
      },
      {
        id: 'X1',
        category: 'fostering-agency' as const,
        pounds: '12.345',
        per: 'day' as const,
        from: '2024-04-01',
      },
    ];
    const { benchmark, lines } = benchmarkCosts(rows);
    const homes = benchmark.groups.find((g) => g.label === 'childrens-home');
    expect(homes?.median).toBe(580_000);
    expect(homes?.highCostCount).toBe(1);
    // £120 a day is £840 a week; the fee with fractions of a penny was left out, not rounded.
    expect(benchmark.groups.find((g) => g.label === 'fostering-agency')?.median).toBe(84_000);
    expect(lines.some((l) => l.startsWith('childrens-home: median £5,800.00'))).toBe(true);
  });
});

describe('draw a chart in a report', () => {
  it('writes one named, described chart whose table holds the medians', () => {
    const fees = [400_00, 450_00, 500_00].map((amount, i) => ({
      id: `F${i}`,
      amount,
      unit: 'week' as const,
      from: '2024-04-01',
      category: 'fostering-in-house' as const,
    }));
    const html = feeChartPage(fees);
    expect(html.match(/<svg /g)).toHaveLength(1);
    expect(html).toMatch(/<svg[^>]* role="img" aria-labelledby="[^"]+-title [^"]+-desc"/);
    expect(html).toContain('Weekly fees by category</title>');
    // The middle of £400, £450 and £500 is £450, written the same way in the table.
    expect(html).toMatch(
      /<th scope="row" class="govuk-table__header">fostering-in-house<\/th>(<td[^>]*>[^<]*<\/td>){2}<td[^>]*>£450\.00<\/td>/,
    );
  });
});

describe('add your own rule', () => {
  it('runs beside the built-in rules with its parameter overridden', () => {
    const dataset = { ...la, responsibleAuthority: la.authority.code };
    const strict = runWithLocalRule(dataset, 5).value.filter((f) => f.ruleId === farFromHome.id);
    const loose = runWithLocalRule(dataset, 500).value.filter((f) => f.ruleId === farFromHome.id);
    expect(strict.length).toBeGreaterThan(loose.length);
    expect(loose).toEqual([]);
    expect(strict[0]?.legalBasis.instrument).toBe('Children Act 1989');
  });
});

describe('know your market', () => {
  it("describes an authority's and its region's children's homes market", () => {
    const market = knowYourMarket('Leeds');
    expect(market?.lines[0]).toMatch(/^Leeds: \d+ children's homes, \d+ places at 31 March 2025$/);
    expect(market?.region.area.label).toBe('Yorkshire and The Humber');
    // The region's places are its authorities' places added up, Leeds's among them.
    expect(market?.region.supply.places).toBeGreaterThan(
      market?.local.supply.places ?? Number.POSITIVE_INFINITY,
    );
    expect(market?.region.concentration.top5.text).toMatch(/^\d+\.\d%$/);
    expect(knowYourMarket('Atlantis')).toBeUndefined();
  });

  it("compares the same provider's weekly prices across the region's councils", () => {
    const fee = (id: string, amount: number, unit: 'week' | 'day') => ({
      id,
      amount,
      unit,
      from: '2024-04-01',
      category: 'childrens-home' as const,
      ageBand: '11-15',
      staffingRatio: '1:1',
    });
    const { comparisons, issues } = purchasingPower([
      { authority: 'E08000035', provider: 'Example Care Ltd', fee: fee('a', 500_000, 'week') },
      { authority: 'E08000032', provider: 'Example Care Ltd', fee: fee('b', 100_000, 'day') }, // £7,000 a week
    ]);
    expect(issues).toEqual([]);
    expect(comparisons[0]).toMatchObject({
      region: 'Yorkshire and The Humber',
      lowest: 500_000,
      highest: 700_000,
    });
    expect(comparisons[0]?.authorities[0]).toMatchObject({ authority: 'E08000032', difference: 100_000 });
  });
});

describe('demand forecast recipe', () => {
  it('forecasts from year folders with two scenarios and costs carried by a price index', () => {
    const { files } = writeSyntheticReturns(la, { layout: 'folder' });
    const out = forecastFromReturns(files.map((f) => ({ path: f.name, content: f.content })));
    expect(out.status).toBe('complete');
    const names = out.csv.map((t) => t.name);
    expect(names).toEqual(['projection.csv', 'year-ends.csv', 'spend.csv', 'scenarios.csv']);
    const scenarios = out.csv.find((t) => t.name === 'scenarios.csv')?.text ?? '';
    expect(scenarios).toContain('Fewer entries,');
    expect(scenarios).toContain('Step-down,');
  });
});

describe('regional sufficiency analysis for a care cooperative', () => {
  it('reports five neighbouring authorities and plans 12 places with its gap', async () => {
    // The year reported only: a forecast from one year of returns is refused, which the page shows too.
    const returns = generateRegion({ seed: 5, authorities: 5, children: 120 }).map((one) =>
      syntheticAuthorityReturn(one, { year: '2024-25', earlier: [] }),
    );
    const plain = await regionalSufficiency(returns);
    const keyed = await regionalSufficiency(returns, 'cooperative secret');
    expect(plain.report.authorities).toHaveLength(5);
    // Pseudonymising changes identifiers, never the figures.
    expect(keyed.report.flows).toEqual(plain.report.flows);
    expect(plain.report.flows.total.count).toBe(plain.report.region.claAt31March.total);
    expect(plain.plan.bound).toBeGreaterThanOrEqual(plain.plan.value);
    expect(plain.lines[2]).toMatch(
      /^12 new places bring \d+ within 20 miles \(bound [\d.]+, gap \d+\.\d%\)$/,
    );
    // Shared figures: no count of children from 1 to 4 (each is { count, suppressed }).
    const small = JSON.stringify(plain.published).match(/"count":[1-4],/g);
    expect(small).toBeNull();
    expect(plain.future.authorities).toHaveLength(5);
    // The 2028 figure says how many authorities were held as now (their forecast refused), not forecast.
    const held = plain.future.authorities.filter((a) => a.heldAsNow !== undefined).length;
    expect(plain.lines[3]).toMatch(
      new RegExp(
        `^In 2028 \\(${held} of 5 authorities held as now, not forecast\\): \\d+ placed away; 12 new places bring \\d+ within 20 miles$`,
      ),
    );
    expect(plain.lines[0]).toMatch(
      /^5 authorities, \d+ children looked after at 31 March 2025 \((complete|incomplete: .+)\)$/,
    );
    // Ofsted supply: children's home places registered in the five authorities.
    const homes = plain.report.demandSupply.rows.find((r) => r.supplyKind === 'childrens-home');
    if (homes) expect(homes.supplyPlaces).toBeGreaterThan(0);
  }, 120_000);
});

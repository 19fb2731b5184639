import { benchmarkFees, formatPounds } from '@placewise/costs';
import { createSectorLocator } from '@placewise/geo';
import { matchReferral, prepareVacancies } from '@placewise/matching';
import { CATEGORY_LABELS, type PlacementCategory } from '@placewise/model';
import { computeIndicators, evaluateRules } from '@placewise/sufficiency';
import { generateAuthority } from '@placewise/synthetic';
import type { Command } from 'commander';
import { CliExit, type CliIo } from '../io.js';

/** The seed and size the demo app uses too, so the terminal and the browser show the same authority. */
export const DEMO_SEED = 1;
/** How many children the demo authority has. */
export const DEMO_CHILDREN = 600;

interface DemoCommandOptions {
  seed: string;
  children: string;
  json?: boolean;
}

/** One headline figure: what it is, and its value in words. */
interface Headline {
  label: string;
  value: string;
}

function count(n: number): string {
  return n.toLocaleString('en-GB');
}

function summarise(seed: number, children: number): Headline[] {
  const la = generateAuthority({ seed, children });
  const locator = createSectorLocator();
  const headlines: Headline[] = [
    { label: 'Authority', value: `${la.authority.name}, ${la.authority.code}` },
    { label: 'Collection years', value: la.collectionYears.join(', ') },
    { label: 'Children', value: count(la.children.length) },
    { label: 'Episodes', value: count(la.episodes.length) },
    { label: 'Placements', value: count(la.placements.length) },
    { label: 'Settings / vacancies', value: `${count(la.settings.length)} / ${count(la.vacancies.length)}` },
  ];

  const dataset = { ...la, responsibleAuthority: la.authority.code };
  const collectionYear = la.collectionYears.at(-1);
  if (collectionYear) {
    const { value: indicators } = computeIndicators(dataset, { collectionYear, locator });
    const stability = indicators.threeOrMorePlacements;
    headlines.push(
      {
        label: `Looked after at 31 March ${collectionYear.slice(0, 2)}${collectionYear.slice(5)}`,
        value: count(indicators.claAt31March.total),
      },
      {
        label: '3+ placements in the year',
        value:
          stability.percentage === null
            ? 'none to count'
            : `${stability.percentage}% (${stability.count} of ${stability.of})`,
      },
    );
  }
  const rules = evaluateRules(dataset, { period: la.period }, { nation: la.authority.nation });
  const bySeverity = (s: string) => rules.value.filter((f) => f.severity === s).length;
  headlines.push({
    label: 'Rule findings',
    value: `${count(rules.value.length)} (${bySeverity('breach')} breach, ${bySeverity('needs-approval')} needs approval, ${bySeverity('flag')} flag)`,
  });

  const prepared = prepareVacancies(la.vacancies, { locator });
  // The synthetic referrals are history (placements already made) and its vacancies are free after the
  // period ends, so the demo asks for each referral again as if it were needed four weeks after the period.
  const matches = la.referrals.map((referral) => matchReferral(referral, prepared, { locator, explain: 0 }));
  const matched = matches.filter((m) => m.eligibleCount > 0);
  headlines.push({
    label: 'Referrals with an eligible vacancy',
    value: `${count(matched.length)} of ${count(la.referrals.length)} open on ${la.period.end}`,
  });
  const first = matched[0];
  const top = first?.results[0];
  const vacancy = la.vacancies.find((v) => v.id === top?.vacancyId);
  if (first && top && vacancy) {
    headlines.push({
      label: `Top match for ${first.referralId}`,
      value: `${vacancy.setting.name ?? vacancy.setting.id} (${CATEGORY_LABELS[vacancy.setting.category]}), score ${top.score.toFixed(2)} of ${count(first.eligibleCount)} eligible`,
    });
  }

  const benchmark = benchmarkFees(la.fees, { by: ['category'] });
  const biggest = [...benchmark.groups].sort((a, b) => b.count - a.count).slice(0, 3);
  const width = Math.max(0, ...biggest.map((g) => formatPounds(g.median).length));
  biggest.forEach((group, i) => {
    const category = CATEGORY_LABELS[group.label as PlacementCategory] ?? group.label;
    headlines.push({
      label: i === 0 ? 'Median weekly fee' : '',
      value: `${formatPounds(group.median).padStart(width)}  ${category} (${count(group.count)} fees)`,
    });
  });
  headlines.push({
    label: 'High-cost fees',
    value: `${count(benchmark.overall.highCostCount)} at ${formatPounds(benchmark.highCostThreshold)} a week or more`,
  });
  return headlines;
}

/**
 * Registers `placewise demo`: generates the demo's seeded synthetic authority and prints headline figures
 * from each package (children and placements, rule findings, the top match for a referral, cost medians).
 */
export function registerDemo(program: Command, io: CliIo): void {
  program
    .command('demo')
    .description("Summarise the demo's seeded synthetic authority: headline figures from every package.")
    .option('--seed <n>', 'seed of the synthetic authority', String(DEMO_SEED))
    .option('--children <n>', 'how many children it has', String(DEMO_CHILDREN))
    .option('--json', 'print the figures as JSON')
    .action((options: DemoCommandOptions) => {
      const seed = Number(options.seed);
      const children = Number(options.children);
      if (!Number.isInteger(seed)) throw new CliExit(2, 'error: --seed must be a whole number');
      if (!Number.isInteger(children) || children < 1 || children > 100_000) {
        throw new CliExit(2, 'error: --children must be a whole number from 1 to 100000');
      }
      const headlines = summarise(seed, children);
      if (options.json) {
        io.stdout(`${JSON.stringify({ seed, children, headlines }, null, 2)}\n`);
        return;
      }
      io.stdout(`Placewise demo: a synthetic authority (seed ${seed}); no real child's data anywhere.\n`);
      const width = Math.max(...headlines.map((h) => h.label.length));
      for (const { label, value } of headlines) io.stdout(`  ${label.padEnd(width)}  ${value}\n`);
    });
}

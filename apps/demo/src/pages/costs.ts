import { rangeChart } from '@placewise/charts';
import {
  benchmarkFees,
  compareWithReferences,
  currentPlacementsFromFees,
  projectScenario,
  type ReferenceComparison,
  SpendScenario,
} from '@placewise/costs';
import { CATEGORY_LABELS, PlacementCategory as Categories, type PlacementCategory } from '@placewise/model';
import { ErrorSummary } from 'govuk-frontend';
import { demoAuthority } from '../authority.js';
import { h } from '../dom/element.js';
import { fromMarkup } from '../dom/markup.js';
import { formatCount, formatPercent, formatPounds } from '../format.js';
import { errorSummary } from '../govuk/error-summary.js';
import { button, select, textInput } from '../govuk/fields.js';
import { summaryList } from '../govuk/summary-list.js';
import { table } from '../govuk/table.js';
import { tag } from '../govuk/tag.js';
import { insetText, pageHeading, paragraph, sectionHeading } from '../govuk/typography.js';
import type { Page } from '../page.js';

const label = (category: string) => CATEGORY_LABELS[category as PlacementCategory] ?? category;

/** The reference figure to draw for a category: the first weekly figure that covers it. */
function referenceFor(
  category: string,
  comparisons: readonly ReferenceComparison[],
): ReferenceComparison | undefined {
  return comparisons.find(
    (c) => c.referenceWeekly !== undefined && c.reference.categories.includes(category as PlacementCategory),
  );
}

function distributions(): HTMLElement {
  const la = demoAuthority();
  const benchmark = benchmarkFees(la.fees, { by: ['category'] });
  const { value: comparisons } = compareWithReferences(la.fees);
  const groups = benchmark.groups.filter((g) => g.count >= 5);
  const weekly = comparisons.filter(
    (c) => c.referenceWeekly !== undefined && c.count > 0 && c.reference.kind !== 'high-cost-count',
  );
  const highCost = comparisons.find((c) => c.reference.kind === 'high-cost-count');
  const outliers = benchmark.groups
    .flatMap((g) => g.outliers.filter((o) => o.side === 'high').map((o) => ({ ...o, group: g.label })))
    .sort((a, b) => b.weekly - a.weekly)
    .slice(0, 10);
  return h('section', { id: 'distributions' }, [
    sectionHeading('Weekly fees by placement category'),
    paragraph(
      `${formatCount(la.fees.length)} synthetic placement fees, each normalised to a weekly amount in whole pence, set beside published reference figures.`,
    ),
    fromMarkup(
      rangeChart(
        groups.map((g) => {
          const ref = referenceFor(g.label, comparisons);
          return {
            label: label(g.label),
            p10: g.p10,
            q1: g.q1,
            median: g.median,
            q3: g.q3,
            p90: g.p90,
            ...(ref?.referenceWeekly !== undefined ? { reference: ref.referenceWeekly } : {}),
          };
        }),
        {
          title: 'Weekly fees by placement category',
          description: `${groups.map((g) => `${label(g.label)}: median ${formatPounds(g.median)} a week`).join('; ')}.`,
          format: (p) => formatPounds(p),
          scale: 'log',
          referenceName: 'Published reference figure',
          labelName: 'Category',
        },
      ),
    ),
    table({
      caption: 'Weekly fees by placement category',
      captionSize: 's',
      id: 'cost-groups',
      columns: [
        { header: 'Category' },
        { header: 'Fees', numeric: true },
        { header: 'Lower quartile', numeric: true },
        { header: 'Median', numeric: true },
        { header: 'Upper quartile', numeric: true },
        { header: 'High-cost', numeric: true },
      ],
      rows: benchmark.groups.map((g) => [
        label(g.label),
        g.count,
        formatPounds(g.q1),
        formatPounds(g.median),
        formatPounds(g.q3),
        g.highCost ? tag(`${g.highCostCount}`, 'red') : '0',
      ]),
    }),
    table({
      caption: 'Against reference figures',
      captionSize: 's',
      id: 'cost-references',
      columns: [
        { header: 'Reference' },
        { header: 'Year' },
        { header: 'Reference a week', numeric: true },
        { header: 'Our median', numeric: true },
        { header: 'Ratio', numeric: true },
        { header: 'Share above', numeric: true },
      ],
      rows: weekly.map((c) => [
        c.reference.label,
        c.reference.year,
        formatPounds(c.referenceWeekly ?? 0),
        c.median === undefined ? '' : formatPounds(c.median),
        c.ratio === undefined ? '' : `${c.ratio.toFixed(2)}×`,
        c.shareAbove === undefined ? '' : formatPercent(c.shareAbove),
      ]),
    }),
    insetText(
      'Reference figures are published national figures from different years and definitions (prices, all-in unit costs, allowances); each names its source in @placewise/costs. Set side by side they show where fees sit, not whether a fee is fair.',
    ),
    sectionHeading('High-cost placements', 'm'),
    summaryList([
      [
        `Fees at ${formatPounds(benchmark.highCostThreshold)} a week or more`,
        formatCount(benchmark.overall.highCostCount),
      ],
      ...(highCost?.authorityShare !== undefined && highCost.referenceShare !== undefined
        ? ([
            ['Share of our fees', formatPercent(highCost.authorityShare)],
            [
              `Share in the ${highCost.reference.label.replace(/:.*/, '')} survey (${highCost.reference.year})`,
              formatPercent(highCost.referenceShare),
            ],
          ] as [string, string][])
        : []),
    ]),
    outliers.length > 0 &&
      table({
        caption: 'Fees far above their category (above the upper Tukey fence)',
        captionSize: 's',
        id: 'cost-outliers',
        columns: [
          { header: 'Fee' },
          { header: 'Category' },
          { header: 'Weekly', numeric: true },
          { header: 'Flag' },
        ],
        rows: outliers.map((o) => [
          o.id ?? `#${o.index + 1}`,
          label(o.group),
          formatPounds(o.weekly),
          o.weekly >= benchmark.highCostThreshold ? tag('High-cost', 'red') : tag('Outlier', 'orange'),
        ]),
      }),
  ]);
}

function scenario(): HTMLElement {
  const la = demoAuthority();
  const { value: current } = currentPlacementsFromFees(la.fees, { asOf: la.period.end });
  const present = [...new Set(current.map((p) => p.category))].sort();
  const options = Categories.options.map((c) => [c, label(c)] as const);
  const errorSlot = h('div');
  const out = h('div', { id: 'scenario-result' });
  const form = h('form', { novalidate: true, id: 'scenario-form' }, [
    select({
      id: 'from',
      label: 'Move children from',
      options: options.filter(([c]) => present.includes(c)),
      value: present.includes('childrens-home') ? 'childrens-home' : present[0],
    }),
    select({ id: 'to', label: 'To', options, value: 'fostering-in-house' }),
    textInput({ id: 'count', label: 'How many children', value: '2', width: 5, inputmode: 'numeric' }),
    textInput({
      id: 'toWeekly',
      label: 'Weekly cost where they go, in pounds (optional)',
      hint: 'Left empty, the category’s current mean is used.',
      width: 10,
      inputmode: 'decimal',
    }),
    button('Work out the saving'),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const read = (id: string) =>
      form.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`)?.value.trim() ?? '';
    const toWeekly = read('toWeekly');
    const parsed = SpendScenario.safeParse({
      name: 'What-if',
      moves: [
        {
          from: read('from'),
          to: read('to'),
          count: Number(read('count')),
          ...(toWeekly ? { toWeekly: Math.round(Number(toWeekly) * 100) } : {}),
        },
      ],
    });
    if (!parsed.success) {
      const fields: Record<string, [string, string]> = {
        count: ['#count', 'How many children must be a whole number above 0'],
        toWeekly: ['#toWeekly', 'Weekly cost must be an amount in pounds, like 950'],
      };
      const items = parsed.error.issues.map((i) => {
        const [href, text] = fields[String(i.path.at(-1))] ?? ['#from', i.message];
        return { href, text };
      });
      const summary = errorSummary(items);
      errorSlot.replaceChildren(summary);
      new ErrorSummary(summary);
      return;
    }
    errorSlot.replaceChildren();
    const { value, issues } = projectScenario(current, parsed.data);
    out.replaceChildren(
      ...issues.map((i) => h('p', { class: 'govuk-error-message' }, [i.message])),
      summaryList([
        ['Spend a year now', formatPounds(value.baseline.annual)],
        ['Spend a year after the moves', formatPounds(value.projected.annual)],
        [
          value.saving.annual >= 0 ? 'Saving a year' : 'Extra cost a year',
          formatPounds(Math.abs(value.saving.annual)),
        ],
      ]),
      h('h3', { class: 'govuk-heading-s' }, ['Assumptions']),
      h(
        'ul',
        { class: 'govuk-list govuk-list--bullet' },
        value.assumptions.map((a) => h('li', {}, [a])),
      ),
    );
    out.setAttribute('data-done', 'true');
  });
  return h('section', { id: 'scenario' }, [
    sectionHeading('A scenario'),
    paragraph(
      `What would a year cost if some of the ${formatCount(current.length)} children with a fee on ${la.period.end} moved to another kind of placement?`,
    ),
    errorSlot,
    form,
    out,
  ]);
}

/** The Costs page: fee distributions against reference figures, high-cost flags and a what-if scenario. */
export const costsPage: Page = {
  id: 'costs',
  title: 'Costs',
  render(root) {
    root.append(pageHeading('Costs', demoAuthority().authority.name), distributions(), scenario());
  },
};

import { GOVUK_COLOURS, lineChart } from '@placewise/charts';
import {
  compareScenarios,
  type DemandForecast,
  type LongitudinalHistory,
  type ObservedDemand,
  observeDemand,
  type Scenario,
  type ScenarioComparison,
} from '@placewise/forecast';
import { demoAuthority } from '../authority.js';
import { h } from '../dom/element.js';
import { fromMarkup } from '../dom/markup.js';
import { formatCount } from '../format.js';
import { button, select } from '../govuk/fields.js';
import { table } from '../govuk/table.js';
import { insetText, pageHeading, paragraph, sectionHeading } from '../govuk/typography.js';
import type { Page } from '../page.js';
import { exportLinks } from './forecast-export.js';

/** Three years on the calendar from `start`: from a 31 March, the projection ends on a 31 March. */
function threeYearsFrom(start: string): number {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(y + 3, m - 1, d) - Date.UTC(y, m - 1, d)) / 86_400_000);
}
const LABELS: Record<string, string> = {
  fostering: 'Fostering',
  residential: 'Residential',
  supported: 'Supported',
  other: 'Other',
};

function history(): LongitudinalHistory {
  const la = demoAuthority();
  return {
    children: la.children,
    episodes: la.episodes,
    coveredFrom: la.period.start,
    coveredTo: la.period.end,
  };
}

/** Scenarios compared on every run, beside the fitted rates and the entries chosen in the form. */
const PRESETS: readonly Scenario[] = [
  { name: '10% fewer entries', entryMultiplier: 0.9 },
  {
    name: 'Twice the step-down from residential to fostering',
    transitionMultipliers: [{ from: 'residential', to: 'fostering', multiplier: 2 }],
  },
];

function observedDemand(): ObservedDemand {
  const la = demoAuthority();
  return observeDemand(history(), { from: la.period.start, to: la.period.end, step: 'week' }).value;
}

/** The scenarios side by side: children in care in total on each 31 March, as a chart and a table. */
function comparisonOf(comparison: ScenarioComparison): HTMLElement {
  const round = (n: number) => formatCount(Math.round(n));
  const dates = comparison.scenarios[0]?.forecast.yearEnds.map((p) => p.date) ?? [];
  return h('div', { id: 'scenario-result' }, [
    sectionHeading('Scenarios side by side', 'm'),
    fromMarkup(
      lineChart(
        {
          series: comparison.scenarios.map(({ name, forecast }) => ({
            name,
            points: forecast.yearEnds.map((p) => ({ x: p.date, y: p.total.expected })),
          })),
        },
        {
          title: 'Children in care on each 31 March, by scenario',
          format: (v) => formatCount(Math.round(v)),
          table: 'none',
        },
      ),
    ),
    table({
      caption: 'Children in care on each 31 March, by scenario (80% interval)',
      captionSize: 's',
      id: 'scenario-table',
      columns: [{ header: 'Scenario' }, ...dates.map((d) => ({ header: d, numeric: true }))],
      rows: comparison.scenarios.map(({ name, forecast }) => [
        name,
        ...forecast.yearEnds.map(
          (p) => `${round(p.total.expected)} (${round(p.total.lower80)} to ${round(p.total.upper80)})`,
        ),
      ]),
    }),
  ]);
}

function results(forecast: DemandForecast, entryMultiplier: number, observed: ObservedDemand): HTMLElement {
  const la = demoAuthority();
  const { projection, intervals } = forecast;
  const last = projection.dates.length - 1;
  const round = (n: number | undefined) => formatCount(Math.round(n ?? 0));
  return h('div', { id: 'forecast-result' }, [
    fromMarkup(
      lineChart(
        {
          series: [
            {
              name: 'Observed',
              colour: GOVUK_COLOURS.black,
              points: observed.dates.map((x, i) => ({ x, y: observed.total[i] ?? Number.NaN })),
            },
            {
              name: 'Projected',
              points: projection.dates.map((x, i) => ({ x, y: projection.total[i] ?? Number.NaN })),
            },
          ],
          bands: [
            {
              name: '95% interval',
              points: projection.dates.map((x, i) => ({
                x,
                lower: intervals.total.lower95[i] ?? Number.NaN,
                upper: intervals.total.upper95[i] ?? Number.NaN,
              })),
            },
            {
              name: '80% interval',
              points: projection.dates.map((x, i) => ({
                x,
                lower: intervals.total.lower80[i] ?? Number.NaN,
                upper: intervals.total.upper80[i] ?? Number.NaN,
              })),
            },
          ],
        },
        {
          title: 'Children in care: observed and projected',
          description: `${round(projection.total[0])} children in care on ${projection.dates[0]}; projected ${round(projection.total[last])} on ${projection.dates[last]} (95% interval ${round(intervals.total.lower95[last])} to ${round(intervals.total.upper95[last])}).`,
          format: (v) => formatCount(Math.round(v)),
        },
      ),
    ),
    table({
      caption: 'Projected children in care by category, each 31 March',
      captionSize: 's',
      id: 'forecast-table',
      columns: [
        { header: 'Date' },
        ...projection.categories.map((c) => ({ header: LABELS[c] ?? c, numeric: true })),
        { header: 'Total', numeric: true },
        { header: '95% interval', numeric: true },
      ],
      // Each 31 March the projection reaches (the start too): the dates councils report on.
      rows: forecast.yearEnds.map((point) => [
        point.date,
        ...projection.categories.map((c) => round(point.byCategory[c]?.expected)),
        round(point.total.expected),
        `${round(point.total.lower95)} to ${round(point.total.upper95)}`,
      ]),
    }),
    insetText(
      `A continuous-time flow model fitted to ${la.period.start} to ${la.period.end}, entries into care ${entryMultiplier === 1 ? 'as observed' : `× ${entryMultiplier}`}. Intervals come from ${forecast.samples} bootstrap samples over children: they describe the uncertainty of the fitted rates, not the chance variation of one authority's count.`,
    ),
  ]);
}

/** The GOV.UK warning text, above a figure that rests on incomplete data (or in place of one refused). */
function warning(text: string): HTMLElement {
  return h('div', { class: 'govuk-warning-text' }, [
    h('span', { class: 'govuk-warning-text__icon', 'aria-hidden': 'true' }, ['!']),
    h('strong', { class: 'govuk-warning-text__text' }, [
      h('span', { class: 'govuk-visually-hidden' }, ['Warning']),
      text,
    ]),
  ]);
}

/** The Forecast page: demand for placements projected three years ahead, with intervals, scenarios side by side and downloads. */
export const forecastPage: Page = {
  id: 'forecast',
  title: 'Forecast',
  render(root) {
    const la = demoAuthority();
    const out = h('div', { id: 'forecast-output', 'aria-live': 'polite' });
    const form = h('form', { novalidate: true, id: 'forecast-form' }, [
      select({
        id: 'entries',
        label: 'Children entering care',
        hint: 'A scenario applied to the fitted entry rates.',
        options: [
          ['1', 'As observed'],
          ['0.9', '10% fewer'],
          ['1.1', '10% more'],
          ['1.25', '25% more'],
        ],
        value: '1',
      }),
      button('Project demand'),
    ]);
    const run = (entryMultiplier: number) => {
      out.replaceChildren(paragraph('Working out the forecast…'));
      // Let the message paint before the bootstrap runs.
      setTimeout(() => {
        const chosen: Scenario[] =
          entryMultiplier === 1 ? [] : [{ name: `Entries × ${entryMultiplier}`, entryMultiplier }];
        const result = compareScenarios(history(), [...chosen, ...PRESETS], {
          from: la.period.start,
          to: la.period.end,
          horizonDays: threeYearsFrom(la.period.end),
          // Daily, so each 31 March is a projected date of its own.
          step: 'day',
          samples: 100,
          seed: 7,
        });
        const notes = result.issues
          .filter((i) => i.severity !== 'info')
          .map((i) => h('p', { class: 'govuk-body' }, [i.message]));
        const comparison = result.value;
        const shown = comparison?.scenarios[chosen.length > 0 ? 1 : 0]?.forecast;
        if (!comparison || !shown) {
          out.replaceChildren(warning(result.reason ?? 'No forecast.'), ...notes);
        } else {
          const observed = observedDemand();
          out.replaceChildren(
            ...(result.status === 'incomplete'
              ? [warning(result.reason ?? 'The data behind this forecast is incomplete.')]
              : []),
            ...notes,
            results(shown, entryMultiplier, observed),
            comparisonOf(comparison),
            exportLinks(comparison, observed),
          );
        }
        out.setAttribute('data-done', String(entryMultiplier));
      }, 0);
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      run(Number(form.querySelector<HTMLSelectElement>('#entries')?.value ?? '1'));
    });
    root.append(
      pageHeading('Forecast', la.authority.name),
      paragraph(
        'How many children will need which kind of placement over the next three years, projected from how children have entered, moved through and left care in the synthetic history.',
      ),
      sectionHeading('Demand for placements'),
      form,
      out,
    );
    run(1);
  },
};

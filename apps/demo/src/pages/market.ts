import { groupedBarChart } from '@placewise/charts';
import {
  buildMarketReport,
  MARKET_AUTHORITIES,
  MARKET_REGIONS,
  type MarketArea,
  type MarketData,
  type MarketReport,
} from '@placewise/market';
import { h } from '../dom/element.js';
import { fromMarkup } from '../dom/markup.js';
import { formatCount } from '../format.js';
import { button, select } from '../govuk/fields.js';
import { summaryList } from '../govuk/summary-list.js';
import { table } from '../govuk/table.js';
import { insetText, pageHeading, paragraph, sectionHeading } from '../govuk/typography.js';
import type { Page } from '../page.js';

const SECTORS: Record<string, string> = {
  'local-authority': 'Local authority',
  private: 'Private',
  voluntary: 'Voluntary',
  'health-authority': 'Health authority',
  'not-recorded': 'Not recorded',
};
const JUDGEMENTS: Record<string, string> = {
  outstanding: 'Outstanding',
  good: 'Good',
  'requires-improvement': 'Requires improvement to be good',
  inadequate: 'Inadequate',
  'not-judged': 'No judgement yet',
};

/**
 * The area choices: England, the nine regions, then every current authority by name, and any former one
 * (Cumbria) that Ofsted's records still name for homes from before it was split.
 */
function areaOptions(data: MarketData): [string, string][] {
  const withHomes = new Set(data.homes.map((row) => row.authority));
  const authorities = MARKET_AUTHORITIES.filter((la) => la.current || withHomes.has(la.code)).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  return [
    ['england', 'England'],
    ...MARKET_REGIONS.map((r): [string, string] => [`region:${r}`, `${r} (region)`]),
    ...authorities.map((la): [string, string] => [
      `la:${la.code}`,
      la.current ? la.name : `${la.name} (former)`,
    ]),
  ];
}

function areaOf(choice: string): MarketArea {
  if (choice.startsWith('region:')) return { region: choice.slice(7) };
  if (choice.startsWith('la:')) return { authorities: [choice.slice(3)] };
  return { england: true };
}

function results(report: MarketReport): Element[] {
  const { supply, concentration: c, flow, judgements, fostering } = report;
  return [
    sectionHeading(`${report.area.label}: homes and places by sector`),
    summaryList(
      [
        [`Children's homes at ${supply.asAt}`, formatCount(supply.homes)],
        ['Places', formatCount(supply.places)],
        [`Independent fostering agencies at ${fostering.asAt}`, formatCount(fostering.total)],
      ],
      { id: 'market-summary' },
    ),
    table({
      caption: `Children's homes and places by sector, ${supply.asAt}`,
      captionSize: 's',
      id: 'market-sectors',
      columns: [
        { header: 'Sector' },
        { header: 'Homes', numeric: true },
        { header: 'Places', numeric: true },
        { header: 'Share of places', numeric: true },
      ],
      rows: supply.bySector.map((s) => [
        SECTORS[s.sector] ?? s.sector,
        formatCount(s.homes),
        formatCount(s.places),
        s.share.text,
      ]),
    }),
    sectionHeading('Who owns the places', 'm'),
    paragraph(
      `${formatCount(c.owners)} owners named by Ofsted at ${c.asAt}; ${formatCount(c.unattributedHomes)} homes without a published owner are counted but not given one.`,
    ),
    summaryList(
      [
        ['Largest 5 owners’ share of places', c.top5.text],
        ['Largest 10 owners’ share', c.top10.text],
        ['Largest 20 owners’ share', c.top20.text],
        [
          'Herfindahl–Hirschman index',
          c.hhi === undefined ? 'not shown: too few owners or homes' : String(Math.round(c.hhi)),
        ],
      ],
      { id: 'market-concentration' },
    ),
    table({
      caption: 'Largest owners by places, as Ofsted names them',
      captionSize: 's',
      id: 'market-owners',
      columns: [
        { header: 'Owner' },
        { header: 'Homes', numeric: true },
        { header: 'Places', numeric: true },
        { header: 'Share of places', numeric: true },
      ],
      rows: c.largest
        .slice(0, 10)
        .map((o) => [o.owner, formatCount(o.homes), formatCount(o.places), o.share.text]),
    }),
    sectionHeading('Openings and closures', 'm'),
    fromMarkup(
      groupedBarChart(
        flow.years.map((y) => ({
          label: `${y.year - 1}-${String(y.year).slice(2)}`,
          values: [y.openedHomes, y.closedHomes],
        })),
        {
          title: `Children's homes opened and closed each year, ${report.area.label}`,
          series: ['Opened', 'Closed'],
          labelName: 'Year to 31 March',
          table: 'none',
        },
      ),
    ),
    table({
      caption: 'Homes and places opened and closed, years to 31 March',
      captionSize: 's',
      id: 'market-flow',
      columns: [
        { header: 'Year' },
        { header: 'Opened', numeric: true },
        { header: 'Closed', numeric: true },
        { header: 'Net places', numeric: true },
        { header: 'Closures’ share of places', numeric: true },
      ],
      rows: flow.years.map((y) => [
        `${y.year - 1}-${String(y.year).slice(2)}`,
        `${formatCount(y.openedHomes)} (${formatCount(y.openedPlaces)} places)`,
        `${formatCount(y.closedHomes)} (${formatCount(y.closedPlaces)} places)`,
        formatCount(y.netPlaces),
        y.closuresShareOfPlaces?.text ?? '–',
      ]),
    }),
    table({
      caption: `Homes by Ofsted's overall judgement, ${judgements.asAt}`,
      captionSize: 's',
      id: 'market-judgements',
      columns: [
        { header: 'Judgement' },
        { header: 'Homes', numeric: true },
        { header: 'Places', numeric: true },
      ],
      rows: judgements.rows.map((j) => [
        JUDGEMENTS[j.judgement] ?? j.judgement,
        formatCount(j.homes),
        formatCount(j.places),
      ]),
    }),
    insetText(
      [
        ...report.notes.slice(0, 2),
        ...report.notes.filter((n) => n.startsWith('Homes and events from before')),
      ].join(' '),
    ),
  ];
}

/** The Market page: the supply of children's homes in any authority or region, from Ofsted's open data. */
export const marketPage: Page = {
  id: 'market',
  title: 'Market',
  async render(root) {
    // The embedded Ofsted data is a chunk of its own, fetched only when this page opens.
    const { loadEmbeddedMarketData } = await import('@placewise/market/data');
    const data: MarketData = loadEmbeddedMarketData();
    const out = h('div', { id: 'market-result' });
    const show = (choice: string, year: number) => {
      out.replaceChildren(...results(buildMarketReport(data, areaOf(choice), { year })));
      out.setAttribute('data-area', choice);
    };
    const form = h('form', { novalidate: true, id: 'market-form' }, [
      select({ id: 'area', label: 'Authority or region', options: areaOptions(data), value: 'england' }),
      select({
        id: 'year',
        label: 'Homes and places at 31 March',
        options: [
          ['2025', '2025'],
          ['2024', '2024'],
          ['2023', '2023'],
        ],
        value: '2025',
      }),
      button('Show the market'),
    ]);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const value = (id: string) => form.querySelector<HTMLSelectElement>(`#${id}`)?.value ?? '';
      show(value('area'), Number(value('year')));
    });
    show('england', 2025);
    root.append(
      pageHeading('Market', "Children's homes from Ofsted's open data"),
      paragraph(
        "Who provides children's homes in an area, who owns the places, how many opened and closed each year, and how Ofsted judged them. Unlike the rest of the demo these homes are real: Ofsted's published figures, with the homes' names redacted as Ofsted redacts them.",
      ),
      form,
      out,
      paragraph(
        'Contains public sector information licensed under the Open Government Licence v3.0 (Ofsted, Children’s social care data in England).',
      ),
    );
  },
};

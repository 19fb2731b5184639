import type { MarketReport } from '../report.js';

/** A titled table of text cells: the one layout the Markdown and HTML renderers share. */
export interface ReportTable {
  title: string;
  caption?: string;
  head: string[];
  rows: string[][];
}

const SECTOR_LABEL: Record<string, string> = {
  'local-authority': 'Local authority',
  private: 'Private',
  voluntary: 'Voluntary',
  'health-authority': 'Health authority',
  'not-recorded': 'Not recorded',
};
const JUDGEMENT_LABEL: Record<string, string> = {
  outstanding: 'Outstanding',
  good: 'Good',
  'requires-improvement': 'Requires improvement to be good',
  inadequate: 'Inadequate',
  'not-judged': 'No full inspection judgement',
};
const KIND_LABEL: Record<string, string> = {
  'childrens-home': "Children's home",
  'residential-special-school': "Residential special school (registered as a children's home)",
  'secure-childrens-home': "Secure children's home",
};
const n = (value: number) => value.toLocaleString('en-GB');
const pct = (value: number | undefined) => (value === undefined ? '–' : `${(value * 100).toFixed(1)}%`);

/** The sector's label as Ofsted writes it. */
export const sectorLabel = (sector: string): string => SECTOR_LABEL[sector] ?? sector;

/** The report as tables, in reading order. */
export function reportTables(report: MarketReport): ReportTable[] {
  const { supply, concentration: c, fostering, judgements, flow, spend } = report;
  const tables: ReportTable[] = [
    {
      title: `Children's homes and places by sector, ${supply.asAt}`,
      caption: supply.source,
      head: ['Sector', 'Homes', 'Places', 'Share of places'],
      rows: [
        ...supply.bySector.map((s) => [sectorLabel(s.sector), n(s.homes), n(s.places), s.share.text]),
        ['All sectors', n(supply.homes), n(supply.places), ''],
      ],
    },
    {
      title: `Children's homes and places by kind, ${supply.asAt}`,
      head: ['Kind', 'Homes', 'Places'],
      rows: supply.byKind.map((k) => [KIND_LABEL[k.kind] ?? k.kind, n(k.homes), n(k.places)]),
    },
    {
      title: `Ownership concentration, ${c.asAt}`,
      caption: `${n(c.owners)} owners named by Ofsted; ${n(c.unattributedHomes)} homes (${n(c.unattributedPlaces)} places) without a published owner. HHI ${c.hhi === undefined ? 'not shown (small base)' : Math.round(c.hhi)}.`,
      head: ['Largest owners', 'Share of places'],
      rows: [
        ['Top 5', c.top5.text],
        ['Top 10', c.top10.text],
        ['Top 20', c.top20.text],
      ],
    },
    {
      title: 'Largest owners by places',
      caption: c.source,
      head: ['Owner (as Ofsted publishes it)', 'Homes', 'Places', 'Share of places'],
      rows: c.largest.map((o) => [o.owner, n(o.homes), n(o.places), o.share.text]),
    },
    {
      title: `Homes by Ofsted judgement, ${judgements.asAt}`,
      head: ['Overall judgement', 'Homes', 'Places'],
      rows: judgements.rows.map((j) => [
        JUDGEMENT_LABEL[j.judgement] ?? j.judgement,
        n(j.homes),
        n(j.places),
      ]),
    },
    {
      title: `Independent fostering agencies, ${fostering.asAt}`,
      head: ['Sector', 'Agencies'],
      rows: [
        ...fostering.bySector.map((s) => [sectorLabel(s.sector), n(s.agencies)]),
        ['All', n(fostering.total)],
      ],
    },
    {
      title: `Independent fostering agencies by Ofsted judgement, ${fostering.asAt}`,
      head: ['Overall judgement', 'Agencies'],
      rows: fostering.judgements.map((j) => [JUDGEMENT_LABEL[j.judgement] ?? j.judgement, n(j.agencies)]),
    },
    {
      title: 'Homes opened and closed, years to 31 March',
      caption: flow.source,
      head: [
        'Year',
        'Opened',
        'Places opened',
        'Closed',
        'Places closed',
        'Net homes',
        'Net places',
        'Closures’ share of places',
        'Names redacted',
      ],
      rows: flow.years.map((y) => [
        String(y.year),
        n(y.openedHomes),
        n(y.openedPlaces),
        n(y.closedHomes),
        n(y.closedPlaces),
        n(y.netHomes),
        n(y.netPlaces),
        y.closuresShareOfPlaces?.text ?? '–',
        n(y.redactedNames),
      ]),
    },
    {
      title: 'Private provision’s share of looked-after spend, 2008-09 to 2013-14',
      caption: spend.source,
      head: ['Year', 'Residential care', 'Fostering services', 'All children looked after'],
      rows: spend.years.map((y) => [
        y.year,
        ...(['residential', 'fostering', 'total'] as const).map((line) =>
          pct(y.lines.find((l) => l.line === line)?.privateShare),
        ),
      ]),
    },
  ];
  if (report.per10000) {
    const p = report.per10000;
    tables.splice(1, 0, {
      title: 'Per 10,000 children',
      caption: `${n(p.children)} children (${p.source})`,
      head: ['Homes', 'Places', 'Fostering agencies'],
      rows: [[String(p.homes), String(p.places), String(p.fosteringAgencies)]],
    });
  }
  return tables;
}

import type { Issue } from '@placewise/model';
import { type MarketArea, resolveMarketArea } from './area.js';
import { type Concentration, measureConcentration } from './concentration.js';
import { type FlowYear, summariseFlow } from './flow.js';
import type { MarketData, MarketSector } from './market-data.js';
import { HOME_KINDS, type ProvisionKind } from './provision.js';
import { type SpendYear, summariseSpend } from './spend.js';
import { countAgencies, countJudgements, countSupply, type JudgementCount, type Supply } from './supply.js';

/**
 * Children under 18 living in the area, for rates per 10,000, with where the figure comes from.
 *
 * @example
 * const population: ChildPopulation = { children: 170_000, source: 'ONS mid-year estimates 2023' };
 */
export interface ChildPopulation {
  children: number;
  source: string;
}

/**
 * The market report for one area: supply by sector and judgement, ownership concentration, openings and
 * closures, and the long view of private spend, each with its date and source.
 *
 * @example
 * const report: MarketReport = buildMarketReport(data, { region: 'North West' });
 * report.supply.places;
 */
export interface MarketReport {
  area: { label: string; kind: 'england' | 'region' | 'authorities'; authorities: string[] };
  year: number;
  supply: Supply & { asAt: string; source: string };
  fostering: {
    asAt: string;
    source: string;
    total: number;
    bySector: { sector: MarketSector; agencies: number }[];
    /** Agencies by their latest overall judgement. */
    judgements: { judgement: JudgementCount['judgement']; agencies: number }[];
  };
  judgements: { asAt: string; source: string; rows: JudgementCount[] };
  concentration: Concentration & { asAt: string; source: string };
  flow: { source: string; years: FlowYear[] };
  spend: { source: string; years: SpendYear[] };
  per10000?: { children: number; source: string; homes: number; places: number; fosteringAgencies: number };
  notes: string[];
  issues: Issue[];
}

/**
 * Options for {@link buildMarketReport}.
 *
 * @example
 * const options: BuildMarketReportOptions = { year: 2025, population: { children: 170_000, source: 'ONS' } };
 */
export interface BuildMarketReportOptions {
  /** The 31 March year for homes and places. Default: the latest year in the data. */
  year?: number;
  /** Kinds of children's home counted. Default: all three ({@link HOME_KINDS}). */
  kinds?: readonly ProvisionKind[];
  /** Children in the area, for rates per 10,000. Default: none, and no rates are given. */
  population?: ChildPopulation;
}

/**
 * Builds the market report for England, a region or a set of authorities from market data (the embedded
 * data from `@placewise/market/data`, or that with a newer provider list put in). Unknown areas and
 * years are issues in the report, never exceptions.
 *
 * @example
 * import { loadEmbeddedMarketData } from '@placewise/market/data';
 * const report = buildMarketReport(loadEmbeddedMarketData(), { england: true }, { year: 2025 });
 * report.supply.homes; // 4008
 */
export function buildMarketReport(
  data: MarketData,
  area: MarketArea,
  options: BuildMarketReportOptions = {},
): MarketReport {
  const { value: resolved, issues } = resolveMarketArea(area);
  const kinds = new Set(options.kinds ?? HOME_KINDS);
  const inArea = (r: { authority: string; region: string }) => resolved.includes(r.authority, r.region);
  const homeRows = data.homes.filter((r) => kinds.has(r.kind) && inArea(r));
  const years = [...new Set(data.homes.map((r) => r.year))].sort((a, b) => a - b);
  const year = options.year ?? years[years.length - 1] ?? 0;
  if (!years.includes(year))
    issues.push({
      code: 'report.year-unavailable',
      severity: 'error',
      message: `No homes and places for 31 March ${year}: the data has ${years.join(', ')}.`,
      location: { path: ['year'] },
    });
  const placesAt = new Map<number, number>();
  const homesAt = new Map<number, number>();
  for (const r of homeRows) {
    placesAt.set(r.year, (placesAt.get(r.year) ?? 0) + r.places);
    homesAt.set(r.year, (homesAt.get(r.year) ?? 0) + r.homes);
  }
  const providers = data.providers.providers.filter(inArea);
  const homes = providers.filter((p) => kinds.has(p.kind));
  const snapshot = { asAt: data.providers.asAt, source: data.providers.source };
  const supply = countSupply(homeRows.filter((r) => r.year === year));
  const fostering = countAgencies(providers);
  const report: MarketReport = {
    area: { label: resolved.label, kind: resolved.kind, authorities: resolved.authorities },
    year,
    supply: { ...supply, asAt: `${year}-03-31`, source: data.sources.homes },
    fostering: {
      ...snapshot,
      ...fostering,
      judgements: countJudgements(providers.filter((p) => p.kind === 'fostering-agency')).map((j) => ({
        judgement: j.judgement,
        agencies: j.homes,
      })),
    },
    judgements: { ...snapshot, rows: countJudgements(homes) },
    concentration: { ...measureConcentration(homes), ...snapshot },
    flow: {
      source: data.sources.flow,
      ...summariseFlow(
        data.flow.filter((e) => kinds.has(e.kind) && inArea(e)),
        { placesAt, homesAt },
      ),
    },
    spend: { source: data.sources.spend, years: summariseSpend(data.spend.filter(inArea)) },
    notes: [...notesFor(snapshot.asAt, year), ...predecessorNotes(resolved.authorities)],
    issues,
  };
  const population = options.population;
  if (population && population.children > 0) {
    const rate = (n: number) => Math.round((n / population.children) * 10_000 * 10) / 10;
    report.per10000 = {
      ...population,
      homes: rate(supply.homes),
      places: rate(supply.places),
      fosteringAgencies: rate(fostering.total),
    };
  }
  return report;
}

// Authorities split since 2021, and the one whose name Ofsted's records keep for homes from before the split.
const PREDECESSOR: Record<string, [string, string]> = {
  E06000063: ['E10000006', 'Cumbria'],
  E06000064: ['E10000006', 'Cumbria'],
  E06000061: ['E10000021', 'Northamptonshire'],
  E06000062: ['E10000021', 'Northamptonshire'],
};

function predecessorNotes(authorities: readonly string[]): string[] {
  const chosen = new Set(authorities);
  const missing = new Map<string, string>();
  for (const code of authorities) {
    const [predecessor, name] = PREDECESSOR[code] ?? [];
    if (predecessor && name && !chosen.has(predecessor)) missing.set(predecessor, name);
  }
  return [...missing].map(
    ([code, name]) =>
      `Homes and events from before ${name} was split are recorded under ${name} (${code}) in Ofsted's data, with no finer location: add ${code} to the area to count them.`,
  );
}

function notesFor(asAt: string, year: number): string[] {
  const notes = [
    `Ownership, judgements and fostering agencies are from the provider list at ${asAt}; homes and places are at 31 March ${year}.`,
    "Children's homes' names are redacted by Ofsted: such homes are counted, never named or matched to an owner by guesswork.",
    'Fostering agencies are counted where Ofsted registers them, not where they place children.',
    'A share resting on fewer than 5 owners or fewer than 3 homes is not shown as a figure.',
  ];
  notes.push(
    "The 2024 joiners include 53 homes that became active in April 2024 and are counted again as 2025 joiners, as in Ofsted's own files.",
  );
  if (asAt === '2023-03-31')
    notes.push(
      'The 2023 provider list holds only providers that had had a full inspection: about 223 newer homes are in the homes and places counts but not in ownership or judgements.',
    );
  return notes;
}

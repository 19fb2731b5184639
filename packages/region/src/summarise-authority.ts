import {
  type Child,
  type CollectionYear,
  collectionYearBounds,
  type GssCode,
  type IsoDate,
  type Issue,
  type Placement,
  type PostcodeLocator,
} from '@placewise/model';
import type { Coverage } from '@placewise/ssda903';
import { computeIndicators, type SufficiencyIndicators } from '@placewise/sufficiency';
import { type AuthorityForecast, forecastAuthority } from './forecast-authority.js';
import { placementsOpenAt } from './placed-at.js';
import type { ReadAuthority } from './read-authority.js';

/** Options for {@link summariseAuthority}. */
export interface SummariseAuthorityOptions {
  collectionYear: CollectionYear;
  /** Locates postcodes for distances and placement authorities (e.g. `createSectorLocator()` of `@placewise/geo`). */
  locator?: PostcodeLocator;
  /** The authority's children under 18 (ONS), for rates per 10,000. */
  childPopulation?: number;
  /** Forecast the authority (slower). Default true; `false` leaves `forecast` out. */
  forecast?: boolean | { horizonDays?: number; samples?: number };
  /**
   * The first day of the forecast's fitting window, the same for every authority of a region
   * (`findForecastWindow` works it out from the returns before they are read). Default: the first day the
   * authority's returns cover.
   */
  from?: IsoDate;
}

/**
 * Everything the regional report needs from one authority, as plain data that survives a structured clone
 * (`postMessage` to and from a worker): its indicators, the placements open at 31 March (each child's last)
 * and those children, and its forecast. Holds child-level rows: it is for building the report, not to share.
 */
export interface AuthoritySummary {
  gss: GssCode;
  coverage: Coverage;
  status: 'complete' | 'incomplete';
  /** `computeIndicators`' issues, each message prefixed with the authority's code. */
  issues: Issue[];
  indicators: SufficiencyIndicators;
  /**
   * Each child's placement open at the end of 31 March (`placementsOpenAt`), for the children of the dataset
   * only (those the indicators count; a child whose Header row was rejected is in neither).
   */
  placed: Placement[];
  /** The children of `placed` (identifier and date of birth: their ages at 31 March), in the return's order. */
  placedChildren: Pick<Child, 'id' | 'dateOfBirth'>[];
  /** The authority's forecast; absent when `forecast: false`. */
  forecast?: AuthorityForecast;
}

/**
 * The map step of the regional report: one authority's indicators (`computeIndicators` exactly as for one
 * authority), its children placed at 31 March and its forecast, from its return read with `readAuthority`.
 * `reportOfSummaries` combines the summaries into the regional report; the two together are `reportOfRead`.
 *
 * @example
 * const summary = summariseAuthority(read, { collectionYear: '2024-25', from: '2022-04-01' });
 * summary.indicators.claAt31March.total;
 */
export function summariseAuthority(
  read: ReadAuthority,
  options: SummariseAuthorityOptions,
): AuthoritySummary {
  const { start, end } = collectionYearBounds(options.collectionYear);
  const result = computeIndicators(read.dataset, {
    collectionYear: options.collectionYear,
    responsibleAuthority: read.gss,
    ...(options.locator ? { locator: options.locator } : {}),
    ...(options.childPopulation ? { childPopulation: options.childPopulation } : {}),
  });
  // Only children the indicators count: an episode kept for a child whose Header row was rejected would
  // otherwise be in the flows and the demand table but not in the indicators beside them.
  const known = new Set(read.dataset.children.map((c) => c.id));
  const placed = placementsOpenAt(read.dataset.placements, end).filter((p) => known.has(p.childId));
  const ids = new Set(placed.map((p) => p.childId));
  const forecastOption = options.forecast ?? true;
  return {
    gss: read.gss,
    coverage: read.coverage,
    status: result.value.status,
    issues: result.issues.map((i) => ({ ...i, message: `${read.gss}: ${i.message}` })),
    indicators: result.value,
    placed,
    placedChildren: read.dataset.children
      .filter((c) => ids.has(c.id))
      .map((c) => ({ id: c.id, dateOfBirth: c.dateOfBirth })),
    ...(forecastOption
      ? {
          forecast: forecastAuthority(read.gss, read.history, {
            from: options.from ?? read.history.coveredFrom ?? start,
            to: end,
            ...(typeof forecastOption === 'object' ? forecastOption : {}),
          }),
        }
      : {}),
  };
}

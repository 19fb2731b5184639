import { forecastDemand } from '@placewise/forecast';
import type { GssCode, IsoDate } from '@placewise/model';
import { type ChildrenPlacedAwayOptions, placedAwayOf } from './placed-away.js';
import type { PlannerChild } from './planner/types.js';
import type { ReadAuthority } from './read-authority.js';

/** Options for {@link forecastPlacedAway}: those of `childrenPlacedAway` (its `date` is now) and the forecast's. */
export interface ForecastPlacedAwayOptions extends ChildrenPlacedAwayOptions {
  /** The 31 March to plan for, after `date` (e.g. `2028-03-31`). */
  forecastDate: IsoDate;
  /** First day of the forecast's fitting window (e.g. the start of the earliest return read). */
  from: IsoDate;
}

/** How one authority's children placed away were scaled to the forecast date. */
export interface PlacedAwayScale {
  gss: GssCode;
  /** Expected children looked after on the forecast date over those looked after now (1 when not forecast). */
  scale: number;
  /** Why the authority was held as it is now: its forecast was refused (too little data, incomplete). */
  heldAsNow?: string;
}

/** The region's children placed away on a forecast 31 March, as the planner takes them. */
export interface ForecastPlacedAway {
  date: IsoDate;
  children: PlannerChild[];
  /** Children placed away now whose home does not locate (not planned for), as now. */
  unlocated: number;
  authorities: PlacedAwayScale[];
  method: string;
}

const METHOD =
  'Each authority’s children placed away now, scaled by its own forecast (forecastDemand of @placewise/forecast): ' +
  'expected children looked after on the date over those looked after at its start. A scale below 1 keeps an ' +
  'evenly spaced sample of today’s children; above 1 adds today’s children again in turn, so where homes are ' +
  'and how far away children are placed are held as now. An authority whose forecast is refused is held as now.';

/**
 * The region's children placed away (outside the region or more than 20 miles from home) on a future
 * 31 March, for `planCapacity`: each authority's children placed away now, scaled by its forecast of all
 * children looked after (`forecastDemand`, expected value). Deterministic: the same returns give the same
 * children. Where homes are and how far children are placed are held as now. Like `forecastDemand`, it
 * throws `ForecastOptionsError` for a `forecastDate` more than five years on or a `from` after `date`.
 *
 * @example
 * const future = forecastPlacedAway(read, { date: '2025-03-31', forecastDate: '2028-03-31', from: '2022-04-01', locator });
 * planCapacity(future.children, candidates, { places: 12, type: 'childrens-home' });
 */
export function forecastPlacedAway(
  read: readonly ReadAuthority[],
  options: ForecastPlacedAwayOptions,
): ForecastPlacedAway {
  const region = new Set<string>(read.map((a) => a.gss));
  const horizonDays = Math.round((Date.parse(options.forecastDate) - Date.parse(options.date)) / 86_400_000);
  const children: PlannerChild[] = [];
  const authorities: PlacedAwayScale[] = [];
  let unlocated = 0;
  for (const a of read) {
    const now = placedAwayOf(a, region, options);
    unlocated += now.unlocated;
    const scale =
      horizonDays > 0
        ? scaleOf(a, options, horizonDays)
        : { scale: 1, heldAsNow: 'The forecast date is not after the date of the returns.' };
    authorities.push({ gss: a.gss, ...scale });
    for (const child of scaleChildren(now.children, scale.scale)) children.push(child);
  }
  return { date: options.forecastDate, children, unlocated, authorities, method: METHOD };
}

function scaleOf(
  a: ReadAuthority,
  options: ForecastPlacedAwayOptions,
  horizonDays: number,
): { scale: number; heldAsNow?: string } {
  const result = forecastDemand(a.history, {
    from: options.from,
    to: options.date,
    horizonDays,
    step: 'week',
    // Only the expected value is used, and it does not depend on the bootstrap: one sample is enough.
    samples: 1,
    ...(a.history.coverage ? { coverage: a.history.coverage } : {}),
  });
  const projection = result.value?.projection;
  if (!projection) return { scale: 1, heldAsNow: result.reason ?? 'The forecast was refused.' };
  const start = projection.total[0] ?? 0;
  const end = projection.yearEnds.find((y) => y.date === options.forecastDate)?.total;
  if (end === undefined || start <= 0)
    return { scale: 1, heldAsNow: 'The forecast does not reach the date from a stock of children.' };
  return { scale: Math.round((end / start) * 1000) / 1000 };
}

/**
 * `round(scale × n)` of the children, deterministically: an evenly spaced sample when fewer, all of them
 * and then each again in turn when more.
 *
 * @example
 * scaleChildren([a, b, c, d], 0.5); // [a, c]
 */
export function scaleChildren<T>(children: readonly T[], scale: number): T[] {
  const n = children.length;
  const m = Math.max(0, Math.round(scale * n));
  if (n === 0 || m === 0) return [];
  if (m <= n) return Array.from({ length: m }, (_, i) => children[Math.floor((i * n) / m)] as T);
  return Array.from({ length: m }, (_, i) => children[i % n] as T);
}

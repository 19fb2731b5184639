import type { IsoDate } from '@placewise/model';
import type { DemandAdjustments } from './scenario.js';
import type { FlowState } from './states.js';

/**
 * The longest projection allowed, in days: five years.
 *
 * @example
 * projectDemand(model, { horizonDays: MAX_HORIZON_DAYS });
 */
export const MAX_HORIZON_DAYS = 1827;

/**
 * Options of {@link projectDemand}.
 *
 * @example
 * const options: ProjectDemandOptions = { horizonDays: 3 * 365, step: 'week' };
 */
export interface ProjectDemandOptions {
  /** First date of the projection. Default: the model's `to`. */
  start?: IsoDate;
  /** Days to project, at most {@link MAX_HORIZON_DAYS}. */
  horizonDays: number;
  /** Step between projected dates. Default `'day'`. */
  step?: 'day' | 'week';
  /** Children in each state on `start`. Default: the model's stock (children in care on `to`). */
  initial?: readonly number[];
  /** Scenario multipliers. Default: none. */
  adjustments?: DemandAdjustments;
}

/**
 * Projected child-days in one collection year (or the part of it the projection covers), by category.
 *
 * @example
 * const year: ProjectionYear = { collectionYear: '2024-25', start: '2024-04-01', end: '2025-03-31', days: 365, childDays: { fostering: 36500 } };
 */
export interface ProjectionYear {
  collectionYear: string;
  start: IsoDate;
  end: IsoDate;
  days: number;
  childDays: Record<string, number>;
}

/**
 * The expected number of children in each state on each projected date.
 *
 * @example
 * const projection = projectDemand(model, { horizonDays: 365 });
 * projection.byCategory.fostering?.at(-1); // expected children in foster care a year on
 */
export interface DemandProjection {
  start: IsoDate;
  stepDays: number;
  dates: IsoDate[];
  states: FlowState[];
  categories: string[];
  /** `byState[i][k]`: state i on date k. */
  byState: number[][];
  byCategory: Record<string, number[]>;
  total: number[];
  years: ProjectionYear[];
  /** Expected children in care on each 31 March the projection reaches (the start too, if a 31 March). */
  yearEnds: YearEndCount[];
}

/**
 * Expected children in care on one 31 March, by category and in total. Read off a daily projection, or
 * interpolated linearly between the two weekly dates around it.
 *
 * @example
 * const point: YearEndCount = { date: '2025-03-31', byCategory: { fostering: 402.3 }, total: 402.3 };
 */
export interface YearEndCount {
  date: IsoDate;
  byCategory: Record<string, number>;
  total: number;
}

import type { IsoDate } from '@placewise/model';
import type { AgeBand, FlowState, ForecastCategories } from './states.js';

/**
 * Options of {@link buildFlowModel}.
 *
 * @example
 * const options: BuildFlowModelOptions = { from: '2021-04-01', to: '2024-03-31' };
 */
export interface BuildFlowModelOptions {
  /** First day of the fitting window. */
  from: IsoDate;
  /** Last day of the fitting window (inclusive); the model's stock is the children in care on this day. */
  to: IsoDate;
  /** Placement → forecast category map. Default {@link DEFAULT_FORECAST_CATEGORIES}. */
  categories?: ForecastCategories;
  /** Age bands, ascending and starting at 0. Default {@link DEFAULT_AGE_BANDS}. */
  ageBands?: readonly AgeBand[];
  /** Count short-break episodes (LS V3/V4). Default false, as in the DfE's published figures. */
  includeShortBreaks?: boolean;
}

/**
 * A continuous-time Markov model of children's movement through care, with constant daily rates.
 * `transitionRates[i][j]` is the daily rate of moving from state i to state j (a change of category,
 * or ageing into the next band, or both on one day); `leaveRates[i]` the daily rate of leaving care;
 * `entryRates[i]` the expected number of children entering care into state i per day.
 *
 * @example
 * const { value: model } = buildFlowModel(history, { from: '2021-04-01', to: '2024-03-31' });
 * model.states[0]?.id; // '0-4/fostering'
 */
export interface FlowModel {
  from: IsoDate;
  to: IsoDate;
  windowDays: number;
  categories: string[];
  ageBands: AgeBand[];
  states: FlowState[];
  exposureDays: number[];
  transitionCounts: number[][];
  leaveCounts: number[];
  entryCounts: number[];
  transitionRates: number[][];
  leaveRates: number[];
  entryRates: number[];
  /** Children in care on `to`, by state. */
  stock: number[];
  /** Children who contributed exposure or events inside the window. */
  children: number;
}

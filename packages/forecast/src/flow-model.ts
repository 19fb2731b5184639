import type { Result } from '@placewise/model';
import type { BuildFlowModelOptions, FlowModel } from './flow-model-types.js';
import { fitFlows } from './internal/prepare.js';
import type { LongitudinalHistory } from './merge-returns.js';

/**
 * Fits a flow model to a longitudinal history: for each state (age band × category), the daily rate of
 * each transition is (transitions out of the state inside [from, to]) / (person-days in the state inside
 * [from, to]), and the entry rate is (entries into the state) / (days in the window). These are the
 * maximum-likelihood estimates for a continuous-time Markov chain with constant rates. Ageing is a
 * transition like any other, fitted from exposure: a band of w years that children stay in throughout
 * gives a rate near 1 / (365.25 w).
 *
 * Conventions: an episode counts the days DECOM … DEC−1; an episode whose DECOM equals the previous
 * DEC continues the period of care (a transition only if the state changes); a gap ends the period of care
 * (a leaving, then a new entry). Open episodes are censored at `to`.
 *
 * @example
 * const { value: model, issues } = buildFlowModel(history, { from: '2021-04-01', to: '2024-03-31' });
 */
export function buildFlowModel(
  history: LongitudinalHistory,
  options: BuildFlowModelOptions,
): Result<FlowModel> {
  const { model, issues } = fitFlows(history, options);
  return { value: model, issues };
}

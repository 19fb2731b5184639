/**
 * Raised for options a caller wrote wrongly (age bands out of order, a window that ends before it starts,
 * a horizon over five years); bad data is never thrown, it is reported as issues.
 *
 * @example
 * try { buildFlowModel(history, { from: '2024-01-01', to: '2023-01-01' }); } catch (e) { e instanceof ForecastOptionsError; }
 */
export class ForecastOptionsError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ForecastOptionsError';
  }
}

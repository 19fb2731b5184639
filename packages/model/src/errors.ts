/**
 * Thrown by the date functions when given a value that is not an ISO date or collection year: a
 * programmer error, since the types already say what is expected. Validate data with {@link IsoDate} first.
 *
 * @example
 * try { collectionYearOf('31/03/2024'); } catch (e) { if (e instanceof InvalidDateError) report(e.message); }
 */
export class InvalidDateError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InvalidDateError';
  }
}

/**
 * Fewest children a fitting window must hold: below it, rates rest on a handful of events.
 *
 * @example
 * if (model.children < MIN_FIT_CHILDREN) refuse();
 */
export const MIN_FIT_CHILDREN = 20;

/**
 * Smallest share of rows read that must be usable to fit at all ("most rows rejected" refuses); between it
 * and the coverage threshold (95%) a forecast is given, marked incomplete.
 *
 * @example
 * if (coverage.used / coverage.read < MIN_FIT_SHARE) refuse();
 */
export const MIN_FIT_SHARE = 0.5;

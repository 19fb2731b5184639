import * as z from 'zod';

/**
 * An amount of money in whole pence, so sums never drift.
 *
 * @example
 * Pence.parse(412050); // £4,120.50
 */
export const Pence = z.number().int();
/** @see {@link Pence} */
export type Pence = z.infer<typeof Pence>;

import * as z from 'zod';

/**
 * A calendar date as an ISO `YYYY-MM-DD` string; the model's only date form.
 *
 * @example
 * IsoDate.parse('2024-03-31'); // '2024-03-31'
 */
export const IsoDate = z.iso.date();
/** @see {@link IsoDate} */
export type IsoDate = z.infer<typeof IsoDate>;

/**
 * An SSDA903 collection year, 1 April to 31 March, written `2024-25`.
 *
 * @example
 * CollectionYear.parse('2024-25');
 */
export const CollectionYear = z
  .string()
  .regex(/^\d{4}-\d{2}$/, 'Collection years are written like 2024-25.')
  .refine(
    (y) => (Number(y.slice(0, 4)) + 1) % 100 === Number(y.slice(5)),
    'The two years must be consecutive.',
  );
/** @see {@link CollectionYear} */
export type CollectionYear = z.infer<typeof CollectionYear>;

import * as z from 'zod';
import { CollectionYear, IsoDate } from '../date.js';

/**
 * One code of an SSDA903 code list and the collection years it may be returned in.
 * `validFrom` and `validUntil` are inclusive; absent means no limit on that side.
 * Descriptions are Placewise's own words, not DfE's text.
 *
 * @example
 * const k3: CodeDefinition = { code: 'K3', description: 'Supported accommodation', validFrom: '2024-25' };
 */
export const CodeDefinition = z.object({
  code: z.string().min(1),
  description: z.string().min(1),
  /** First collection year the code may be returned in. */
  validFrom: CollectionYear.optional(),
  /** Last collection year the code may be returned in. */
  validUntil: CollectionYear.optional(),
  /** The code may not be used for placements that start after this date (P2: 28 October 2023). */
  notForPlacementsAfter: IsoDate.optional(),
  /** True where the description is Placewise's best reading, not confirmed against DfE guidance. */
  unconfirmed: z.boolean().optional(),
});
/** @see {@link CodeDefinition} */
export type CodeDefinition = z.infer<typeof CodeDefinition>;

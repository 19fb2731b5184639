import { IsoDate } from '@placewise/model';
import * as z from 'zod';

/**
 * Two looked-after children recorded as brothers or sisters (the Scottish definition is broad: a parent in
 * common, or a sibling-like relationship). `placeApartAgreed` records a care-plan decision that placing them
 * together is not appropriate, which silences sibling findings.
 *
 * @example
 * const link: SiblingLink = { childId: 'C1', siblingId: 'C2' };
 */
export const SiblingLink = z.object({
  childId: z.string().min(1),
  siblingId: z.string().min(1),
  since: IsoDate.optional(),
  placeApartAgreed: z.boolean().optional(),
});
/** @see {@link SiblingLink} */
export type SiblingLink = z.infer<typeof SiblingLink>;

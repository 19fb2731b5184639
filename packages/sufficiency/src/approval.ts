import { IsoDate } from '@placewise/model';
import * as z from 'zod';

/**
 * Who approved a placement decision: the nominated officer and Director of Children's Services (CPPCR
 * (England) reg 11), a Welsh placement panel (CPPCR (Wales) reg 12), the Secretary of State (secure
 * accommodation under 13) or the Welsh Ministers (HSC(W)A 2025).
 *
 * @example
 * ApprovalKind.parse('director-of-childrens-services');
 */
export const ApprovalKind = z.enum([
  'nominated-officer',
  'director-of-childrens-services',
  'panel',
  'secretary-of-state',
  'welsh-ministers',
]);
/** @see {@link ApprovalKind} */
export type ApprovalKind = z.infer<typeof ApprovalKind>;

/**
 * A recorded approval of one child's placement, matched to the placement by `placementId` or by the child
 * and the placement's start date.
 *
 * @example
 * const approval: Approval = { childId: 'C1', placementStart: '2024-05-01', kind: 'nominated-officer', date: '2024-04-30' };
 */
export const Approval = z.object({
  childId: z.string().min(1),
  placementId: z.string().optional(),
  placementStart: IsoDate.optional(),
  kind: ApprovalKind,
  date: IsoDate,
});
/** @see {@link Approval} */
export type Approval = z.infer<typeof Approval>;

import type { Placement } from '@placewise/model';
import type { ApprovalKind } from '../approval.js';
import type { DatasetIndex } from '../dataset-index.js';

/** Whether an approval of one of `kinds` is recorded for the placement (by id, or by child and start date). */
export function hasApproval(
  index: DatasetIndex,
  placement: Placement,
  kinds: readonly ApprovalKind[],
): boolean {
  // Most datasets record no approvals: skip hashing the child id for each of 60,000 placements.
  const byChild = index.approvalsByChild;
  if (byChild.size === 0) return false;
  const approvals = byChild.get(placement.childId);
  if (approvals === undefined) return false;
  return approvals.some(
    (a) =>
      kinds.includes(a.kind) &&
      (a.placementId === placement.id ||
        (a.placementId === undefined && a.placementStart === placement.start)),
  );
}

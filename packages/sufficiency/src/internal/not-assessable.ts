import type { SufficiencyDataset } from '../dataset.js';

/** Why an approval rule cannot be assessed: the return holds no approvals. Undefined when some were given. */
export function withoutApprovals(dataset: SufficiencyDataset, approval: string): string | undefined {
  if (dataset.approvals !== undefined) return undefined;
  return `it rests on ${approval}, which the SSDA903 return does not hold; supply approval records to check it.`;
}

/** Why a sibling rule cannot be assessed: no sibling links were given. */
export function withoutSiblingLinks(dataset: SufficiencyDataset): string | undefined {
  if (dataset.siblingLinks !== undefined) return undefined;
  return 'it needs to know which children are siblings, which the SSDA903 return does not record; supply sibling links to check it.';
}

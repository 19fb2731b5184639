import type { Child, Episode, GssCode, Placement, Setting } from '@placewise/model';
import type { Coverage } from '@placewise/ssda903';
import type { Approval } from './approval.js';
import type { DolOrder } from './dol-order.js';
import type { SiblingLink } from './sibling-link.js';

/**
 * Everything the rules and indicators read: one authority's children, their SSDA903 episodes and the
 * placements derived from them, and what else the authority records (settings, sibling links, approvals,
 * deprivation-of-liberty orders). Only `children`, `episodes` and `placements` are required.
 *
 * @example
 * const dataset: SufficiencyDataset = { children, episodes, placements, responsibleAuthority: 'E08000035' };
 */
export interface SufficiencyDataset {
  children: readonly Child[];
  episodes: readonly Episode[];
  placements: readonly Placement[];
  settings?: readonly Setting[];
  siblingLinks?: readonly SiblingLink[];
  approvals?: readonly Approval[];
  dolOrders?: readonly DolOrder[];
  /** The responsible authority; children's own `responsibleAuthority` wins where set. */
  responsibleAuthority?: GssCode;
  /**
   * What the records rest on: rows read and used (`coverageOf` on the read return). Copied into every
   * result that counts children; when absent, the records are taken as all the rows there were.
   */
  coverage?: Coverage;
}

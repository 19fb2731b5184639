import type { Coverage } from '@placewise/ssda903';
import type { SufficiencyDataset } from '../dataset.js';

/** A figure's coverage and status: what it rests on, and whether that is enough to trust it. */
export interface CoverageFields {
  coverage: Coverage;
  status: 'complete' | 'incomplete';
}

/**
 * The coverage a dataset carries (set from `coverageOf` on the read return), or else one built from its
 * records, which were all used: complete unless there are no children and no episodes at all.
 */
export function coverageFieldsOf(dataset: SufficiencyDataset): CoverageFields {
  if (dataset.coverage) return { coverage: dataset.coverage, status: dataset.coverage.status };
  const children = dataset.children.length;
  const episodes = dataset.episodes.length;
  const read = children + episodes;
  const tables = { Header: { read: children, used: children }, Episodes: { read: episodes, used: episodes } };
  if (read > 0) return { coverage: { tables, read, used: read, status: 'complete' }, status: 'complete' };
  const reason = 'No children or episodes were given, so there is nothing to count.';
  return { coverage: { tables, read, used: 0, status: 'incomplete', reason }, status: 'incomplete' };
}

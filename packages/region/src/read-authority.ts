import { type AnnualReturn, type LongitudinalHistory, mergeReturns } from '@placewise/forecast';
import type { CollectionYear, Issue, Placement, PostcodeLocator } from '@placewise/model';
import {
  type Coverage,
  coverageOf,
  derivePlacements,
  type ReadReturnResult,
  readReturn,
  type Ssda903Return,
} from '@placewise/ssda903';
import type { SufficiencyDataset } from '@placewise/sufficiency';
import type { AuthorityReturn } from './authority-return.js';

/** Rewrites a return (pseudonymising CHILD), as `pseudonymiseReturn` of `@placewise/ssda903` does. */
export type TransformReturn = (value: Ssda903Return) => Promise<Ssda903Return> | Ssda903Return;

/** Options for {@link readAuthority}. */
export interface ReadAuthorityOptions {
  collectionYear: CollectionYear;
  locator?: PostcodeLocator;
  /** Applied to each return as it is read, before anything is derived (e.g. `pseudonymiseReturn`). */
  transform?: TransformReturn;
}

/** One authority's return read and derived: the dataset the indicators use, its history and coverage. */
export interface ReadAuthority {
  gss: AuthorityReturn['gss'];
  dataset: SufficiencyDataset & { placements: Placement[] };
  history: LongitudinalHistory;
  coverage: Coverage;
  issues: Issue[];
}

const prefixed = (gss: string, issues: readonly Issue[]): Issue[] =>
  issues.map((issue) => ({ ...issue, message: `${gss}: ${issue.message}` }));

/**
 * Reads one authority's return (and any earlier years'), pseudonymises it when asked, merges the years and
 * derives placements with `derivePlacements` (the one derivation), ready for `computeIndicators`.
 *
 * @example
 * const read = await readAuthority({ gss: 'E08000035', files }, { collectionYear: '2024-25' });
 * read.dataset.placements.length;
 */
export async function readAuthority(
  input: AuthorityReturn,
  options: ReadAuthorityOptions,
): Promise<ReadAuthority> {
  const years = [
    ...(input.earlier ?? []).map((e) => ({ collectionYear: e.collectionYear, files: e.files })),
    { collectionYear: options.collectionYear, files: input.files },
  ].sort((a, b) => (a.collectionYear < b.collectionYear ? -1 : 1));
  const annual: AnnualReturn[] = [];
  const tables: ReadReturnResult['tables'] = [];
  const issues: Issue[] = [];
  for (const year of years) {
    const read = readReturn(year.files, {
      collectionYear: year.collectionYear,
      ...(options.locator ? { locator: options.locator } : {}),
    });
    const value = options.transform ? await options.transform(read.value) : read.value;
    if (year.collectionYear === options.collectionYear) tables.push(...read.tables);
    issues.push(...prefixed(input.gss, read.issues));
    annual.push({ collectionYear: year.collectionYear, children: value.children, episodes: value.episodes });
  }
  const coverage = coverageOf({ tables });
  const history: LongitudinalHistory =
    annual.length === 1
      ? {
          children: [...(annual[0] as AnnualReturn).children],
          episodes: [...(annual[0] as AnnualReturn).episodes],
        }
      : mergeReturns(annual).value;
  history.coverage = coverage;
  const placements = derivePlacements(history.episodes, {
    responsibleAuthority: input.gss,
    ...(options.locator ? { locator: options.locator } : {}),
  });
  issues.push(...prefixed(input.gss, placements.issues));
  return {
    gss: input.gss,
    dataset: {
      children: history.children,
      episodes: history.episodes,
      placements: placements.value,
      responsibleAuthority: input.gss,
      coverage,
    },
    history,
    coverage,
    issues,
  };
}

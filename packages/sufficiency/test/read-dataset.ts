import { createSectorLocator } from '@placewise/geo';
import type { GssCode } from '@placewise/model';
import { coverageOf, derivePlacements, readReturn } from '@placewise/ssda903';
import type { SufficiencyDataset } from '../src/dataset.js';
import { buildSufficiencyReport } from '../src/report/build-report.js';

const locator = createSectorLocator();

/**
 * A 2024-25 dataset as an authority's system gives it: Header and Episodes CSV text read with `readReturn`,
 * placements derived with the sector locator, and the return's coverage.
 */
export function datasetOfCsv(
  header: string,
  episodes: string,
  responsibleAuthority: GssCode,
): SufficiencyDataset {
  const read = readReturn(
    [
      { name: 'header.csv', content: header },
      { name: 'episodes.csv', content: episodes },
    ],
    { collectionYear: '2024-25' },
  );
  return {
    responsibleAuthority,
    children: read.value.children,
    episodes: read.value.episodes,
    placements: derivePlacements(read.value.episodes, { locator, responsibleAuthority }).value,
    coverage: coverageOf(read),
  };
}

/** The 2024-25 sufficiency report of a dataset in England, located by sector, without comparators or supply. */
export function reportOfDataset(dataset: SufficiencyDataset) {
  return buildSufficiencyReport(dataset, {
    collectionYear: '2024-25',
    nation: 'england',
    locator,
    responsibleAuthority: dataset.responsibleAuthority as GssCode,
    comparators: false,
    ofstedSupply: false,
  }).value;
}

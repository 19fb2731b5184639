import { compareCollectionYears } from './collection-year-order.js';

/** Where one collection year's code lists come from, and whether they were checked against that source. */
export interface CodeListSource {
  year: string;
  /** True when the year's lists were read in the named source; false when they are borrowed from another year. */
  confirmed: boolean;
  source: string;
}

const VALIDATOR = 'DfE CLA validator rule files (data-to-insight/csc-validator-be-903)';
const UNCONFIRMED = 'No primary source read for this year; read with the nearest confirmed year';

/**
 * Every collection year Placewise reads, oldest first. Councils forecast from 3–5 years of history, so
 * the range starts at 2013-14; 2026-27 is the validator's newest ruleset (DoLo) and is not confirmed.
 */
export const CODE_LIST_SOURCES: readonly CodeListSource[] = [
  { year: '2013-14', confirmed: false, source: UNCONFIRMED },
  { year: '2014-15', confirmed: false, source: UNCONFIRMED },
  { year: '2015-16', confirmed: false, source: UNCONFIRMED },
  { year: '2016-17', confirmed: false, source: UNCONFIRMED },
  { year: '2017-18', confirmed: false, source: UNCONFIRMED },
  { year: '2018-19', confirmed: false, source: UNCONFIRMED },
  { year: '2019-20', confirmed: true, source: `${VALIDATOR}, first rulesets` },
  { year: '2020-21', confirmed: true, source: `${VALIDATOR}, first rulesets` },
  { year: '2021-22', confirmed: true, source: `${VALIDATOR}, first rulesets` },
  { year: '2022-23', confirmed: true, source: `${VALIDATOR}, ruleset lac2022_23 (rules 101, 103, 141–146)` },
  { year: '2023-24', confirmed: true, source: `${VALIDATOR}, ruleset lac2023_24` },
  {
    year: '2024-25',
    confirmed: true,
    source: `${VALIDATOR}, ruleset lac2024_25 (rule 101: SEX M/F/U; rule 146)`,
  },
  { year: '2025-26', confirmed: true, source: `${VALIDATOR}, ruleset lac2025_26 (rule 146: Z1 split)` },
  { year: '2026-27', confirmed: false, source: UNCONFIRMED },
];

/** The year whose lists are used for `year`: itself when confirmed, else the nearest confirmed year. */
export function codeListYearOf(year: string): string | undefined {
  const entry = CODE_LIST_SOURCES.find((source) => source.year === year);
  if (!entry) return undefined;
  if (entry.confirmed) return entry.year;
  let best: CodeListSource | undefined;
  for (const source of CODE_LIST_SOURCES) {
    if (!source.confirmed) continue;
    const distance = Math.abs(compareCollectionYears(source.year, year));
    if (!best || distance < Math.abs(compareCollectionYears(best.year, year))) best = source;
  }
  return best?.year;
}

export { Ad1Record, PlacedAdoptionRecord } from './adoption.js';
export type { CheckReturnOptions } from './check-return.js';
export { checkReturn } from './check-return.js';
export type { Coverage, CoverageOfOptions, TableCoverage } from './coverage.js';
export { COVERAGE_THRESHOLD, coverageOf } from './coverage.js';
export type { DecodedText, TextEncodingName } from './decode-text.js';
export { decodeText, encodingIssues, findWorkbook } from './decode-text.js';
export { DoLoRecord } from './deprivation-of-liberty.js';
export type { DerivePeriodsOfCareOptions } from './derive-periods-of-care.js';
export { derivePeriodsOfCare, isOpenAt } from './derive-periods-of-care.js';
export type { DerivePlacementsOptions, SameCarerChange } from './derive-placements.js';
export { derivePlacements } from './derive-placements.js';
export { normaliseColumnName, tableFromColumns, tableFromFileName } from './detect-table.js';
export type { FileCollectionYear, YearFile } from './find-collection-year-of-file.js';
export { findCollectionYearOfFile } from './find-collection-year-of-file.js';
export { isShortBreak, isTemporaryPlacement } from './internal/episode-order.js';
export type { Ssda903IssueCode } from './issue-codes.js';
export { SSDA903_ISSUE_CODES } from './issue-codes.js';
export { MissingRecord } from './missing.js';
export { Oc2Record, Oc3Record } from './outcomes.js';
export { PeriodOfCare } from './period-of-care.js';
export type { PlacementRule, PlacementRuleId } from './placement-rules.js';
export { PLACEMENT_RULES } from './placement-rules.js';
export { PrevPermRecord } from './prev-perm.js';
export type { PseudonymiseOptions } from './pseudonymise.js';
export { createPseudonymiser, PseudonymiseKeyError, pseudonymiseReturn } from './pseudonymise.js';
export type { ReadReturnOptions, ReadReturnResult, ReturnFile } from './read-return.js';
export { readReturn } from './read-return.js';
export type {
  ReadReturnsByYearOptions,
  ReadReturnsByYearResult,
  ReturnOfYear,
} from './read-returns-by-year.js';
export { readReturnsByYear } from './read-returns-by-year.js';
export type { ReadTableOptions, TableResult } from './read-table.js';
export { readTable } from './read-table.js';
export type { Ssda903Record, Ssda903Records, TableSummary } from './records.js';
export type { Ssda903Return } from './return.js';
export { emptyReturn, RETURN_KEYS } from './return.js';
export { ReviewRecord } from './review.js';
export { SocialWorkerEpisodeRecord } from './social-worker-episode.js';
export type { ChunkSource, TableBatch } from './stream-table.js';
export { readTableStream, streamTable } from './stream-table.js';
export { SSDA903_COLUMNS, Ssda903Table } from './table.js';
export { UascRecord } from './uasc.js';
export type { WriteReturnOptions } from './write-return.js';
export { SSDA903_FILE_NAMES, writeReturn } from './write-return.js';
export type { WriteTableOptions } from './write-table.js';
export { writeTable } from './write-table.js';

export { ageOn } from './age.js';
export {
  Assignment,
  AssignmentObjective,
  AssignmentResult,
  AssignmentSummary,
  ChildOutcome,
  UnmatchedReason,
  UnmatchedReferral,
} from './assignment-result.js';
export { GssCode, LocalAuthority, Nation } from './authority.js';
export { categoryOf } from './categories.js';
export { CATEGORY_LABELS, PlacementCategory } from './category.js';
export { Child, Sex } from './child.js';
export {
  CODE_LISTS,
  CodeDefinition,
  CodeListName,
  codesFor,
  describeCode,
  isCodeDefinitionValidIn,
  isValidCode,
} from './codes.js';
export { collectionYearBounds, collectionYearOf } from './collection-year.js';
export { CollectionYear, IsoDate } from './date.js';
export type { DateOrderVerdict, DateOrderWatch } from './date-order.js';
export { watchDateOrder } from './date-order.js';
export { CATEGORY_DFE_GROUPINGS, DfeGrouping, dfeGroupingOf } from './dfe-grouping.js';
export { distanceMiles } from './distance.js';
export type { EntityName, ResultName } from './entities.js';
export { ENTITY_SCHEMAS, findEntityName, RESULT_SCHEMAS } from './entities.js';
export { Episode } from './episode.js';
export { InvalidDateError } from './errors.js';
export { Fee, FeeUnit } from './fee.js';
export { GridPoint } from './geometry.js';
export { strictObject } from './internal/strict-object.js';
export type { Interval } from './interval.js';
export { daysInPeriod, intervalsOverlap } from './interval.js';
export type { Result } from './issue.js';
export { Issue, IssueLocation, IssueSeverity } from './issue.js';
export type { PostcodeLocator } from './locator.js';
export { LocatedPostcode } from './locator.js';
export type { MatchPolicyInput } from './match-policy.js';
export { MatchPolicy, MatchPolicyFile } from './match-policy.js';
export {
  Criterion,
  CriterionExplanation,
  EligibilityCode,
  FindingCode,
  MatchFailure,
  MatchFinding,
  MatchResult,
  PolicyStamp,
  VacancyMatch,
} from './match-result.js';
export { Pence } from './money.js';
export {
  PdsActualPlacement,
  PdsPlacementAvailability,
  PdsPlacementRecommendation,
  PdsPlacementRecord,
  PdsPlacementRequirements,
  PdsQualityAssurance,
  PdsReferral,
  PdsRisks,
} from './pds-v2.js';
export type { PdsFieldMapping } from './pds-v2-fields.js';
export { PDS_V2_FIELDS } from './pds-v2-fields.js';
export { PDS_V2_LABELS, PDS_V2_RISK_FIELDS } from './pds-v2-labels.js';
export { Locality, Placement } from './placement.js';
export type { ParsePostcodeOptions, ParsePostcodeResult, Postcode } from './postcode.js';
export { normalisePostcode, PostcodePrecision, parsePostcode, postcodeSector } from './postcode.js';
export type { ReadPdsReferralOptions } from './read-pds-referral.js';
export { readPdsReferral } from './read-pds-referral.js';
export type { ReferralInput } from './referral.js';
export { LocationToAvoid, Referral, ReferralLocation } from './referral.js';
export {
  AdditionalSupport,
  PlacementGroup,
  Risk,
  StaffingRatio,
  Suitability,
  VisitFrequency,
} from './referral-codes.js';
export { AgeRange, OfstedJudgement, Ownership, Setting, SettingType } from './setting.js';
export { SEX_CODES, sexFromCode } from './sex.js';
export type { CodeListYear } from './supported-years.js';
export {
  codeListYearFor,
  inferCollectionYear,
  isSupportedCollectionYear,
  SUPPORTED_COLLECTION_YEARS,
} from './supported-years.js';
export { SLASH_DATE, TIME_OF_DAY } from './time-of-day.js';
export { isValidUpn, upnCheckLetter } from './upn.js';
export type { VacancyInput } from './vacancy.js';
export { Vacancy } from './vacancy.js';
export type { WritePdsPlacementInput } from './write-pds.js';
export { PDS_PLACEMENT_TYPE, writePdsPlacement, writePdsReferral } from './write-pds.js';
export type { IssuesFromZodErrorOptions } from './zod-issues.js';
export { issuesFromZodError } from './zod-issues.js';

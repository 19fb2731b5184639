export type {
  Assignment,
  AssignmentObjective,
  AssignmentResult,
  AssignmentSummary,
  AssignPlacementsOptions,
  ChildOutcome,
  UnmatchedReason,
  UnmatchedReferral,
} from './assign-placements.js';
export { assignPlacements } from './assign-placements.js';
export { Criterion } from './criterion.js';
export type { EligibilityFailure, EligibilityRule } from './eligibility.js';
export { ELIGIBILITY_RULES, EligibilityCode } from './eligibility.js';
export { FINDING_RULES } from './finding.js';
export type { MatchReferralOptions } from './match-referral.js';
export { matchReferral } from './match-referral.js';
export type {
  CriterionExplanation,
  MatchFailure,
  MatchFinding,
  MatchResult,
  PolicyStamp,
  VacancyMatch,
} from './match-result.js';
export type { MatchPolicyInput } from './policy.js';
export { DEFAULT_POLICY, MatchPolicy } from './policy.js';
export { stampPolicy } from './policy-stamp.js';
export type { PreparedVacancies, PrepareVacanciesOptions } from './prepare-vacancies.js';
export { prepareVacancies } from './prepare-vacancies.js';

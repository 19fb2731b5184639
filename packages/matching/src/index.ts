export type {
  Assignment,
  AssignmentResult,
  AssignmentSummary,
  AssignPlacementsOptions,
  UnmatchedReason,
  UnmatchedReferral,
} from './assign-placements.js';
export { assignPlacements } from './assign-placements.js';
export { Criterion } from './criterion.js';
export type { EligibilityFailure } from './eligibility.js';
export { ELIGIBILITY_RULES, EligibilityCode } from './eligibility.js';
export type { MatchReferralOptions } from './match-referral.js';
export { matchReferral } from './match-referral.js';
export type { CriterionExplanation, MatchFailure, MatchResult, VacancyMatch } from './match-result.js';
export type { MatchPolicyInput } from './policy.js';
export { DEFAULT_POLICY, MatchPolicy } from './policy.js';
export type { PreparedVacancies, PrepareVacanciesOptions } from './prepare-vacancies.js';
export { prepareVacancies } from './prepare-vacancies.js';

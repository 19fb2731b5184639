export type {
  CriterionExplanation,
  MatchFailure,
  MatchFinding,
  MatchResult,
  PolicyStamp,
  VacancyMatch,
} from '@placewise/model';

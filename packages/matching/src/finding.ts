import type { FindingCode, MatchFinding } from '@placewise/model';

/**
 * Approvals an eligible vacancy may need before a placement: findings, not bars. Today one: the Welsh
 * restriction on profit, for Welsh referrals only.
 *
 * @example
 * FINDING_RULES[0]?.code; // 'welsh-ministers-approval'
 */
export const FINDING_RULES: readonly MatchFinding[] = Object.freeze([
  Object.freeze({
    code: 'welsh-ministers-approval' as FindingCode,
    reason:
      'Needs Welsh Ministers’ approval: a Welsh authority placing with a for-profit provider of a children’s home, fostering service or secure accommodation, or with a non-local-authority one in England.',
    basis:
      'Health and Social Care (Wales) Act 2025 (restricted children’s services; not NHS hospitals or residential schools), from the policy’s walesForProfitFrom (default 1 April 2030) [S: date from secondary sources].',
  }),
]);

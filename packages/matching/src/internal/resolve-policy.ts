import { type Issue, issuesFromZodError, MatchPolicy, type MatchPolicyInput } from '@placewise/model';
import { DEFAULT_POLICY } from '../policy.js';

/**
 * Parses a policy input. A policy that fails validation is reported as issues (located by path under
 * `policy`) and the default policy is used instead, so bad input never throws.
 */
export function resolvePolicy(input: MatchPolicyInput | undefined): { policy: MatchPolicy; issues: Issue[] } {
  if (input === undefined) return { policy: DEFAULT_POLICY, issues: [] };
  const parsed = MatchPolicy.safeParse(input);
  if (parsed.success) return { policy: parsed.data, issues: [] };
  return {
    policy: DEFAULT_POLICY,
    issues: issuesFromZodError(parsed.error, { location: { path: ['policy'] } }).map((i) => ({
      ...i,
      code: 'matching.policy-invalid',
      message: `${i.message} The default policy was used instead.`,
    })),
  };
}

import type { Issue } from '@placewise/model';
import { DEFAULT_POLICY, MatchPolicy, type MatchPolicyInput } from '../policy.js';

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
    issues: parsed.error.issues.map((i) => ({
      code: 'matching.policy-invalid',
      severity: 'error' as const,
      message: `${i.message} The default policy was used instead.`,
      location: { path: ['policy', ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))] },
    })),
  };
}

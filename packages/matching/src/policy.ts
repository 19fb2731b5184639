import { MatchPolicy, type MatchPolicyInput } from '@placewise/model';

export type { MatchPolicyInput };
export { MatchPolicy };

/**
 * The default policy (id `placewise-default`). The weights put the statutory placement qualities of
 * CA 1989 s22C first (near home 3, siblings together 3, placement type and order of preference 3, education
 * continuity 2 — doubled when the child must stay at the school — disabled children's adaptations 2), then
 * quality and needs (Ofsted 2, communication 2, staffing ratio 2, additional support 2, the child's wishes 2),
 * then inside the area 1.5, other locations, faith, ethnicity and cost 1, pets 0.5. Distances score 0.5 at
 * 10 miles from home (5 from school): the DfE reports placements more than 20 miles away. Inadequate
 * settings are excluded; locations to avoid keep vacancies 5 miles away. Unknown vacancy data scores 0.5,
 * neither a match nor a mismatch, except an unknown Ofsted judgement, which scores as a fresh
 * "requires improvement" (0.4).
 *
 * @example
 * DEFAULT_POLICY.weights.distanceHome; // 3
 */
export const DEFAULT_POLICY: MatchPolicy = MatchPolicy.parse({ id: 'placewise-default', version: '2026-11' });
